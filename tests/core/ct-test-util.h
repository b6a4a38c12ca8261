/* ct-test-util.h — fixture and helpers shared by the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-organisation.h"

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

G_END_DECLS
