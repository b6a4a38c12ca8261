/* robust-worker.c — the child process of the kill -9 and concurrency tests
 *
 *   robust-worker setup DB TICKETS      create DB with one site and TICKETS tickets
 *   robust-worker write DB              create tickets forever; after each commit
 *                                       print "committed CODE" (and flush)
 *   robust-worker edit DB EDITS SEED    EDITS read-modify-write edits of random
 *                                       tickets through the store API; each adds
 *                                       1 to the counter kept in the description;
 *                                       prints "ok N conflicts N other N"
 *
 * Every database is opened in shared mode (DELETE journal, synchronous=FULL),
 * as on a network share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-ticket-store.h"

static CtTicketStore *
open_store (const char *path,
            gboolean    create)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtOrganisation) org = NULL;
  CtTicketStore *store;

  /* Others may be writing: opening is retried like a user would. */
  for (guint attempt = 0; db == NULL && attempt < 10; attempt++)
    {
      g_clear_error (&error);
      db = ct_database_open (path, CT_DATABASE_OPEN_SHARED | (create ? CT_DATABASE_OPEN_CREATE : 0),
                             NULL, &error);
      if (db == NULL && !g_error_matches (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BUSY))
        break;
    }
  if (db != NULL)
    org = ct_organisation_new (db, &error);
  store = org ? ct_ticket_store_new (org, &error) : NULL;
  if (store == NULL)
    {
      g_printerr ("robust-worker: %s\n", error->message);
      exit (2);
    }
  return store;
}

static gint64
first_site (CtTicketStore *store)
{
  CtOrganisation *org = ct_ticket_store_get_organisation (store);
  GListModel *sites = ct_record_store_get_model (ct_organisation_get_sites (org));
  g_autoptr(CtRecord) site = g_list_model_get_item (sites, 0);

  return site ? ct_record_get_id (site) : 0;
}

static gboolean
create_ticket (CtTicketStore *store,
               gint64         site_id,
               guint          n,
               char         **code,
               GError       **error)
{
  g_autofree char *title = g_strdup_printf ("Robustness ticket %u", n);
  g_autoptr(CtTicket) ticket = ct_ticket_new ("consultation", title);

  ct_record_set_int (CT_RECORD (ticket), "site_id", site_id);
  ct_record_set_string (CT_RECORD (ticket), "description", "0");
  if (!ct_ticket_store_create (store, ticket, "worker", error))
    return FALSE;
  if (code)
    *code = g_strdup (ct_ticket_get_code (ticket));
  return TRUE;
}

static int
do_setup (const char *path,
          guint       n_tickets)
{
  g_autoptr(CtTicketStore) store = open_store (path, TRUE);
  CtOrganisation *org = ct_ticket_store_get_organisation (store);
  g_autoptr(CtSite) site = ct_site_new ("S1", "Robust Gardens");
  g_autoptr(GError) error = NULL;

  if (!ct_record_store_insert (ct_organisation_get_sites (org), CT_RECORD (site), "setup", &error))
    goto fail;
  for (guint i = 0; i < n_tickets; i++)
    if (!create_ticket (store, ct_record_get_id (CT_RECORD (site)), i, NULL, &error))
      goto fail;
  return 0;

fail:
  g_printerr ("robust-worker setup: %s\n", error->message);
  return 2;
}

static int
do_write (const char *path)
{
  g_autoptr(CtTicketStore) store = open_store (path, FALSE);
  gint64 site_id = first_site (store);

  for (guint n = 0;; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *code = NULL;

      if (!create_ticket (store, site_id, n, &code, &error))
        {
          g_printerr ("robust-worker write: %s\n", error->message);
          return 2;
        }
      /* Only now is the ticket durable: the parent may check for it. */
      printf ("committed %s\n", code);
      fflush (stdout);
    }
}

/* One read-modify-write: 0 saved, 1 conflict, 2 other error, 3 busy (nothing
 * saved: the user would press Retry). */
static int
edit_once (CtTicketStore *store,
           gint64         id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) ticket = ct_ticket_store_load (store, id, &error);
  g_autofree char *counter = NULL;

  if (ticket == NULL && g_error_matches (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BUSY))
    return 3;
  if (ticket == NULL)
    {
      g_printerr ("robust-worker load: %s\n", error ? error->message : "no ticket");
      return 2;
    }
  counter = g_strdup_printf ("%" G_GINT64_FORMAT,
                             g_ascii_strtoll (ct_record_get_string (CT_RECORD (ticket), "description"),
                                              NULL, 10) + 1);
  ct_record_set_string (CT_RECORD (ticket), "description", counter);
  if (ct_ticket_store_edit (store, ticket, "worker", &error))
    return 0;
  if (g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT))
    return 1;
  if (g_error_matches (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BUSY))
    return 3;
  g_printerr ("robust-worker edit: %s\n", error->message);
  return 2;
}

static int
do_edit (const char *path,
         guint       n_edits,
         guint       seed)
{
  g_autoptr(CtTicketStore) store = open_store (path, FALSE);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint counts[4] = { 0, 0, 0, 0 };

  /* Under heavy contention a write may give up after the retry limit (2 s
   * here): the edit is then tried again, as a user would. */
  ct_database_set_write_retry_ms (ct_ticket_store_get_database (store), 2000);
  for (guint i = 0; i < n_edits; i++)
    {
      gint64 id = g_rand_int_range (rand, 1, 6);
      int outcome;

      while ((outcome = edit_once (store, id)) == 3)
        counts[3]++;
      counts[outcome]++;
    }
  printf ("ok %u conflicts %u other %u busy %u\n", counts[0], counts[1], counts[2], counts[3]);
  return counts[2] == 0 ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "setup"))
    return do_setup (argv[2], (guint) atoi (argv[3]));
  if (argc == 3 && g_str_equal (argv[1], "write"))
    return do_write (argv[2]);
  if (argc == 5 && g_str_equal (argv[1], "edit"))
    return do_edit (argv[2], (guint) atoi (argv[3]), (guint) atoi (argv[4]));
  g_printerr ("usage: robust-worker setup DB N | write DB | edit DB EDITS SEED\n");
  return 2;
}
