/* ct-demo-tickets-private.h — the parts of the demo ticket generator:
 * ct-demo-tickets.c (the run: draws, numbering, repeats, progress),
 * ct-demo-tickets-data.c (categories, texts, the shape of a service desk's day),
 * ct-demo-tickets-load.c (what the company has), ct-demo-tickets-time.c (local
 * days and working hours), ct-demo-tickets-plan.c (one ticket's life) and
 * ct-demo-tickets-write.c (the rows)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database-private.h"
#include "ct-demo-private.h"
#include "ct-demo-tickets.h"
#include "ct-sla.h"

G_BEGIN_DECLS

typedef enum
{
  CT_DEMO_TICKET_REPAIR,
  CT_DEMO_TICKET_COMPLAINT,
  CT_DEMO_TICKET_CONSULTATION,
  CT_DEMO_TICKET_SUGGESTION,
  CT_DEMO_TICKET_PRAISE,
  CT_DEMO_TICKET_N_KINDS
} CtDemoTicketKind;

/* Repair classes; index 0 is "no class" (every other kind). */
typedef enum
{
  CT_DEMO_CLASS_NONE,
  CT_DEMO_CLASS_EMERGENCY,
  CT_DEMO_CLASS_ROUTINE,
  CT_DEMO_CLASS_APPOINTMENT,
  CT_DEMO_N_CLASSES
} CtDemoRepairClass;

#define CT_DEMO_CLASS_BIT(c) (1u << (c))

typedef struct
{
  const char *key;      /* as stored: "repair", "emergency", "phone" … */
  guint       weight;   /* relative frequency */
} CtDemoWeighted;

typedef struct
{
  CtDemoTicketKind  kind;
  const char       *name;          /* the category, as stored */
  const char       *department;    /* code of the department that handles it */
  const char       *post;          /* the post preferred for the work, or NULL */
  guint             weight;        /* frequency within the kind, October–May */
  guint             summer_weight; /* June–September */
  const char       *resolutions[4];/* resolution notes, NULL after the last */
} CtDemoCategory;

typedef struct
{
  CtDemoTicketKind  kind;
  const char       *category;
  guint             classes;       /* repairs: CT_DEMO_CLASS_BIT()s it fits; else 0 */
  const char       *title;
  const char       *description;
} CtDemoText;

/* ct-demo-tickets-data.c */
extern const CtDemoWeighted ct_demo_ticket_kinds[CT_DEMO_TICKET_N_KINDS];
extern const CtDemoWeighted ct_demo_repair_classes[CT_DEMO_N_CLASSES];
extern const CtDemoWeighted ct_demo_channels[];
extern const guint          ct_demo_n_channels;
extern const CtDemoCategory ct_demo_categories[];
extern const guint          ct_demo_n_categories;
extern const CtDemoText     ct_demo_texts[];
extern const guint          ct_demo_n_texts;
/* Intake by local hour 0–23 and ISO weekday 1–7 (index 0 unused). */
extern const guint          ct_demo_hour_weights[24];
extern const guint          ct_demo_weekday_weights[8];
/* NULL-terminated lists of Chinese text. */
extern const char * const   ct_demo_description_notes[];
extern const char * const   ct_demo_cancel_reasons[];
extern const char * const   ct_demo_invalid_reasons[];
extern const char * const   ct_demo_reopen_reasons[];
extern const CtDemoWeighted ct_demo_pause_reasons[];
extern const guint          ct_demo_n_pause_reasons;
/* Visit notes for score 1–5 (index 0 unused). */
extern const char * const  *ct_demo_visit_notes[6];

/* One person who can act on a ticket. */
typedef struct
{
  gint64      id;
  const char *name;
} CtDemoPerson;

typedef struct
{
  gint64      id;
  gint64      building_id;
  guint       site;          /* index into CtDemoCompany.sites */
  const char *address;       /* 3-2-1201 */
  const char *owner;
  const char *phone;
} CtDemoUnit;

typedef struct
{
  gint64          id;
  CtWorkCalendar *calendar;
  GPtrArray      *clerks;    /* CtDemoPerson*: 客服 who take calls, visit and archive */
  GPtrArray     **workers;   /* [category]: CtDemoPerson* who handle it here */
  gint64         *departments; /* [category]: the department id, 0 = none */
} CtDemoSite;

typedef struct
{
  gint64      at;
  const char *type;
  const char *from_status;
  const char *to_status;
  const char *actor;
  const char *reason;
} CtDemoEvent;

#define CT_DEMO_MAX_EVENTS 16

/* The ticket being planned: the row of tickets and its timeline. */
typedef struct
{
  CtDemoTicketKind   kind;
  CtDemoRepairClass  klass;
  guint              category;      /* index into ct_demo_categories */
  const CtDemoText  *text;
  const char        *channel;
  const CtDemoUnit  *unit;
  const CtDemoPerson *clerk;
  const CtDemoPerson *worker;        /* the assignee, or the clerk */
  gint64             assignee_id;   /* 0 = nobody in the department */
  gint64             site_id;
  gint64             department_id;
  char              *description;   /* owned; NULL = the text's */

  gint64             created_at;
  gint64             appointment_at;
  CtSlaDeadlines     due;
  const char        *status;
  gint64             accepted_at, dispatched_at, arrived_at, resolved_at;
  gint64             visited_at, archived_at, closed_at, paused_at;
  gint64             overdue_at;
  const char        *pause_reason;
  const char        *resolution_note;
  const char        *close_reason;
  const char        *visit_note;
  int                satisfaction;
  int                reopened_count;
  gint64             repeat_of_id;

  CtDemoEvent        events[CT_DEMO_MAX_EVENTS];
  guint              n_events;
} CtDemoTicket;

static inline const char *
ct_demo_ticket_description (const CtDemoTicket *ticket)
{
  return ticket->description != NULL ? ticket->description : ticket->text->description;
}

/* Where a recent ticket is left hanging; NONE = it runs its course. */
typedef enum
{
  CT_DEMO_STALL_NONE,
  CT_DEMO_STALL_NEW,
  CT_DEMO_STALL_ACCEPTED,
  CT_DEMO_STALL_DISPATCHED,
  CT_DEMO_STALL_IN_PROGRESS,
  CT_DEMO_STALL_PAUSED,
  CT_DEMO_N_STALLS
} CtDemoStall;

typedef struct
{
  guint64        rng;
  gint64         now;
  GTimeZone     *tz;
  /* Local midnights (UTC seconds) of the days from a year before now to two
   * days after it, and their local year and ISO weekday. */
  gint64        *midnights;
  guint16       *years;
  guint8        *months;
  guint8        *weekdays;
  guint          n_days;
  /* [kind][class]: policies, NULL = none */
  CtSlaPolicy   *policies[CT_DEMO_TICKET_N_KINDS][CT_DEMO_N_CLASSES];
  guint          n_stalls;     /* recent tickets left hanging so far */
} CtDemoClock;

#define CT_DEMO_MAX_CHOICES 48

/* A weighted choice among categories, or a plain one among texts. */
typedef struct
{
  guint n;
  guint index[CT_DEMO_MAX_CHOICES];
  guint cumulative[CT_DEMO_MAX_CHOICES];
} CtDemoChoice;

/* What the generator knows of the company in the database. */
typedef struct
{
  CtDemoClock     clock;
  GStringChunk   *strings;
  GArray         *units;      /* CtDemoUnit, owned units only */
  GArray         *people;     /* CtDemoPerson: active staff */
  GPtrArray      *sites;      /* CtDemoSite* */
  CtRecordStore  *policies;
  /* [kind][class][summer]: categories */
  CtDemoChoice    categories[CT_DEMO_TICKET_N_KINDS][CT_DEMO_N_CLASSES][2];
  /* [category * CT_DEMO_N_CLASSES + class]: texts */
  CtDemoChoice   *texts;
  /* [category]: index among the complaint categories, -1 for others */
  int            *complaint_slot;
  guint           n_complaint_slots;
} CtDemoCompany;

/* ct-demo-tickets-load.c */
gboolean ct_demo_company_load  (CtDemoCompany  *company,
                                CtDatabase     *db,
                                guint32         seed,
                                gint64          now,
                                GError        **error);
void     ct_demo_company_clear (CtDemoCompany  *company);
guint    ct_demo_choose        (const CtDemoChoice *choice,
                                guint64            *rng);
/* The index of an item drawn by weight. */
guint    ct_demo_choose_weighted (const CtDemoWeighted *items,
                                  guint                 n_items,
                                  guint64              *rng);

/* ct-demo-tickets-write.c: the rows, through statements kept for the run. */
typedef struct
{
  CtDatabase   *db;
  gboolean      bulk;         /* the tables were empty: indexes built at the end */
  gint64        saved_cache;  /* PRAGMA cache_size before the run */
  GPtrArray    *indexes;      /* CREATE INDEX statements to run again */
  sqlite3_stmt *insert_ticket;
  sqlite3_stmt *insert_events[CT_DEMO_MAX_EVENTS + 1];  /* [n]: INSERT of n events */
  sqlite3_stmt *insert_link;
  sqlite3_stmt *insert_search;
} CtDemoWriter;

/* Inside the write transaction. */
gboolean ct_demo_writer_begin         (CtDemoWriter        *writer,
                                       CtDatabase          *db,
                                       guint                n_tickets,
                                       GError             **error);
/* Writes @ticket as @code with its timeline, repeat link and search entry;
 * @id receives its id. */
gboolean ct_demo_writer_add           (CtDemoWriter        *writer,
                                       const CtDemoTicket  *ticket,
                                       const char          *code,
                                       gint64              *id,
                                       GError             **error);
gboolean ct_demo_writer_build_indexes (CtDemoWriter        *writer,
                                       GError             **error);
gboolean ct_demo_writer_build_search  (CtDemoWriter        *writer,
                                       GError             **error);
/* After the transaction. */
void     ct_demo_writer_clear         (CtDemoWriter        *writer);

/* ct-demo-tickets-time.c */
/* @lo … @hi inclusive */
gint64  ct_demo_uniform     (guint64           *rng,
                             gint64             lo,
                             gint64             hi);
/* The days of the year before @now in @tz; the generator seeded from @seed. */
void    ct_demo_clock_init  (CtDemoClock       *clock,
                             GTimeZone         *tz,
                             gint64             now,
                             guint32            seed);
void    ct_demo_clock_clear (CtDemoClock       *clock);
/* The index of the local day of @at. */
guint   ct_demo_day_of      (const CtDemoClock *clock,
                             gint64             at);
/* Minutes after local midnight of @at. */
guint   ct_demo_minute_of   (const CtDemoClock *clock,
                             gint64             at);
/* @at if it falls between @open and @close (minutes after local midnight),
 * otherwise the next opening plus up to @spread seconds. */
gint64  ct_demo_in_hours    (CtDemoClock       *clock,
                             gint64             at,
                             guint              open,
                             guint              close,
                             gint64             spread);
/* When a step due at @due (0 = no target) happens: at @wanted, pulled before
 * the deadline when on time, @late_min … @late_max after it when @late;
 * never before @earliest. */
gint64  ct_demo_schedule    (CtDemoClock       *clock,
                             gint64             earliest,
                             gint64             wanted,
                             gint64             due,
                             gboolean           late,
                             gint64             late_min,
                             gint64             late_max);
/* @n intake times in the year before now, following the day's and the
 * week's rhythm, sorted. */
gint64 *ct_demo_draw_times  (CtDemoClock       *clock,
                             guint              n);

/* ct-demo-tickets-plan.c */
/* Fills in the life of @ticket: its kind, text, unit, people and created_at
 * are set; the rest is planned on @site's calendar, stopping at now. */
void    ct_demo_plan_ticket (CtDemoClock       *clock,
                             const CtDemoSite  *site,
                             CtDemoTicket      *ticket);

G_END_DECLS
