/* ct-test-util.c — fixture and helpers shared by the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ct-test-util.h"

static CtOrganisation *
organisation_new (CtDatabase *db)
{
  g_autoptr(GError) error = NULL;
  CtOrganisation *org = ct_organisation_new (db, &error);

  g_assert_no_error (error);
  return org;
}

void
ct_test_fixture_set_up (CtTestFixture *f,
                        const char    *tmpl,
                        const char    *name)
{
  f->dir = g_dir_make_tmp (tmpl, NULL);
  f->path = g_build_filename (f->dir, name, NULL);
  f->clock = ct_clock_new_fixed (CT_TEST_NOW);
  f->db = NULL;
  f->org = NULL;
}

void
ct_test_fixture_open_organisation (CtTestFixture *f)
{
  g_autoptr(GError) error = NULL;

  f->db = ct_test_open (f->path, CT_DATABASE_OPEN_CREATE, f->clock);
  f->org = organisation_new (f->db);
  ct_organisation_ensure_default_departments (f->org, "admin", &error);
  g_assert_no_error (error);
}

void
ct_test_fixture_tear_down (CtTestFixture *f)
{
  g_clear_object (&f->org);
  g_clear_object (&f->db);
  ct_test_remove_dir (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
  g_clear_object (&f->clock);
}

void
ct_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

CtDatabase *
ct_test_open (const char          *path,
              CtDatabaseOpenFlags  flags,
              CtClock             *clock)
{
  g_autoptr(GError) error = NULL;
  CtDatabase *db = ct_database_open (path, flags, clock, &error);

  g_assert_no_error (error);
  return db;
}

CtOrganisation *
ct_test_reopen (const char *path,
                CtClock    *clock)
{
  g_autoptr(CtDatabase) db = ct_test_open (path, CT_DATABASE_OPEN_DEFAULT, clock);

  return organisation_new (db);
}
