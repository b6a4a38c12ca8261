/* ct-test-util.h — fixture and helpers shared by the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-organisation.h"
#include "ct-work-calendar.h"

G_BEGIN_DECLS

/* The fixed clock of the core tests: 2025-11-21 04:40 UTC. */
#define CT_TEST_NOW 1763700000

/* A database file in a fresh temporary folder, with a fixed clock at
 * CT_TEST_NOW. @db and @org stay NULL unless ct_test_fixture_open_organisation()
 * fills them. */
typedef struct
{
  char           *dir;
  char           *path;
  CtClock        *clock;
  CtDatabase     *db;
  CtOrganisation *org;
} CtTestFixture;

/* Makes the folder from @tmpl ("ct-x-XXXXXX") and sets @path to @name in it;
 * the file is not created. */
void            ct_test_fixture_set_up            (CtTestFixture       *f,
                                                   const char          *tmpl,
                                                   const char          *name);
/* Creates the file and opens its organisation, with the default departments. */
void            ct_test_fixture_open_organisation (CtTestFixture       *f);
/* Closes what is open and removes the folder with everything in it. */
void            ct_test_fixture_tear_down         (CtTestFixture       *f);

/* Removes the files in @dir, then @dir; failures are ignored. */
void            ct_test_remove_dir                (const char          *dir);
/* ct_database_open() that must succeed. */
CtDatabase     *ct_test_open                      (const char          *path,
                                                   CtDatabaseOpenFlags  flags,
                                                   CtClock             *clock);
/* Opens @path again on a connection of its own and loads its organisation
 * from the file, not from the live models; must succeed. */
CtOrganisation *ct_test_reopen                    (const char          *path,
                                                   CtClock             *clock);

/* Inserts @record into @store as "admin", which must succeed; returns @record. */
gpointer        ct_test_insert                    (CtRecordStore       *store,
                                                   gpointer             record);
/* The place of the tickets of the core tests, inserted into @org (each
 * transfer full): the site "CH" 翠湖花园 with the service @phone unless NULL,
 * its building "3" 3号楼, and the unit 2-1201 in it, of @owner_name and
 * @owner_phone unless NULL. */
CtSite         *ct_test_add_site                  (CtOrganisation      *org,
                                                   const char          *phone);
CtBuilding     *ct_test_add_building              (CtOrganisation      *org,
                                                   CtSite              *site);
CtUnit         *ct_test_add_unit                  (CtOrganisation      *org,
                                                   CtBuilding          *building,
                                                   const char          *owner_name,
                                                   const char          *owner_phone);
/* Inserts the staff member @no @name of @department into @org (transfer full). */
CtStaff        *ct_test_add_staff                 (CtOrganisation      *org,
                                                   const char          *no,
                                                   const char          *name,
                                                   gint64               department);
/* The id of the default department @code ("engineering") of @org. */
gint64          ct_test_department_id             (CtOrganisation      *org,
                                                   const char          *code);

/* The first column of the first row of @sql on @db, which must have one. */
gint64          ct_test_query_int                 (CtDatabase          *db,
                                                   const char          *sql);
/* Every row of each of the @n_queries @queries on @db, one line a row of
 * "value|" cells. */
char           *ct_test_dump_rows                 (CtDatabase          *db,
                                                   const char *const   *queries,
                                                   guint                n_queries);

/* "2026-01-05 12:10" in @tz → UTC seconds. */
gint64          ct_test_at                        (GTimeZone           *tz,
                                                   const char          *text);
/* @instant as "2026-01-05 12:10" in @tz. */
char           *ct_test_show                      (GTimeZone           *tz,
                                                   gint64               instant);
/* The real 2026 Spring Festival in @cal: 02-15 … 02-23 holidays, the
 * Saturdays 02-14 and 02-28 make-up workdays. */
void            ct_test_add_spring_festival       (CtWorkCalendar      *cal);

G_END_DECLS
