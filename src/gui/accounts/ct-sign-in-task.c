/* ct-sign-in-task.c — checking a password away from the window's thread
 *
 * ct_user_store_sign_in () on a worker connection: it reads the account,
 * checks the password (argon2id, ~0.2 s), records the sign-in and returns the
 * account; the window's own connection then acts for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-accounts"

#include "config.h"

#include <string.h>

#include "ct-sign-in-task.h"
#include "ct-user-store.h"
#include "widgets/ct-transfer-util.h"

typedef struct
{
  CtTransferSource  source;
  char             *login;
  char             *password;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  ct_transfer_source_clear (&job->source);
  g_free (job->login);
  if (job->password != NULL)
    {
      explicit_bzero (job->password, strlen (job->password));
      g_free (job->password);
    }
  g_free (job);
}

static void
sign_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtUserStore) store = NULL;
  GError *error = NULL;
  CtUser *user = NULL;

  db = ct_transfer_source_open_database (&job->source, &error);
  if (db != NULL)
    {
      store = ct_user_store_new (db);
      user = ct_user_store_sign_in (store, job->login, job->password, &error);
    }
  if (user != NULL)
    g_task_return_pointer (task, user, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
ct_sign_in_task_run (CtContext           *context,
                     const char          *login,
                     const char          *password,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (CT_IS_CONTEXT (context));
  g_return_if_fail (login != NULL && password != NULL);

  job = g_new0 (Job, 1);
  ct_transfer_source_init (&job->source, context);
  job->login = g_strdup (login);
  job->password = g_strdup (password);
  task = g_task_new (context, cancellable, callback, user_data);
  g_task_set_source_tag (task, ct_sign_in_task_run);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, sign_in_thread);
}

CtUser *
ct_sign_in_task_finish (CtContext     *context,
                        GAsyncResult  *result,
                        GError       **error)
{
  CtUser *user;

  g_return_val_if_fail (g_task_is_valid (result, context), NULL);

  user = g_task_propagate_pointer (G_TASK (result), error);
  if (user != NULL)
    ct_database_set_user (ct_context_get_database (context), ct_record_get_id (CT_RECORD (user)), ct_user_get_login (user),
                          ct_user_get_role (user), ct_user_get_staff_id (user));
  return user;
}
