/* fuzz-open.c — bytes as a database file, opened as the app opens it
 *
 * An input is either refused with a CT_DATABASE_ERROR or opened; an opened
 * file is checked (`caretaker-cli check`) and its organisation and tickets
 * are loaded. Odd-sized inputs are opened as shared files, even-sized ones as
 * local files (WAL).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-error.h"
#include "ct-ticket-store.h"
#include "fuzz-util.h"

static void
use (CtDatabase *db)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(CtOrganisation) org = NULL;
  g_autoptr(CtTicketStore) tickets = NULL;
  g_autoptr(CtTicket) ticket = NULL;

  g_assert (ct_database_check (db, &problems, NULL));
  org = ct_organisation_new (db, NULL);
  if (org == NULL)
    return;
  ct_organisation_get_units (org);
  tickets = ct_ticket_store_new (org, NULL);
  if (tickets != NULL)
    ticket = ct_ticket_store_load (tickets, 1, NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = NULL;
  g_autoptr(CtClock) clock = ct_clock_new_fixed (FUZZ_NOW);
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init_logging ();
  path = g_build_filename (fuzz_dir (), "open.caretaker", NULL);
  fuzz_clear_dir ();
  if (!g_file_set_contents_full (path, (const char *) data, (gssize) size,
                                 G_FILE_SET_CONTENTS_NONE, 0600, &error))
    g_error ("fuzz-open: %s", error->message);
  db = ct_database_open (path, size % 2 ? CT_DATABASE_OPEN_SHARED : CT_DATABASE_OPEN_DEFAULT,
                         clock, &error);
  if (db == NULL)
    g_assert (error != NULL && error->domain == CT_DATABASE_ERROR && error->message[0] != '\0');
  else
    use (db);
  return 0;
}
