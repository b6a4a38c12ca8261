/* ct-demo-tickets-load.c — what the demo ticket generator needs to know of the
 * company: owned units, who takes calls and who does the work at each site,
 * the SLA policies and calendars, and the category and text choices
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-database-private.h"
#include "ct-demo-tickets-private.h"
#include "ct-error.h"

/* The clerk when a site has no customer service staff at all. */
static const CtDemoPerson desk = { 0, "客服" };

typedef struct
{
  gint64      id;
  gint64      site_id;      /* 0 = company-wide */
  const char *department;   /* code */
  const char *post;
  guint       person;       /* index into company->people */
} StaffRow;

static const char *
column_text (CtDemoCompany *company,
             sqlite3_stmt  *stmt,
             int            column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_string_chunk_insert_const (company->strings, text ? text : "");
}

static gboolean
finish_rows (CtDatabase    *db,
             sqlite3_stmt  *stmt,
             int            rc,
             GError       **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  ct_database_set_error (db, rc, error);
  return FALSE;
}

static void
site_free (CtDemoSite *site)
{
  for (guint c = 0; site->workers != NULL && c < ct_demo_n_categories; c++)
    g_clear_pointer (&site->workers[c], g_ptr_array_unref);
  g_free (site->workers);
  g_free (site->departments);
  g_clear_pointer (&site->clerks, g_ptr_array_unref);
  g_clear_object (&site->calendar);
  g_free (site);
}

static gboolean
load_sites (CtDemoCompany  *company,
            CtDatabase     *db,
            GError        **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, "SELECT id FROM sites ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CtDemoSite *site = g_new0 (CtDemoSite, 1);

      site->id = sqlite3_column_int64 (stmt, 0);
      site->clerks = g_ptr_array_new ();
      site->workers = g_new0 (GPtrArray *, ct_demo_n_categories);
      site->departments = g_new0 (gint64, ct_demo_n_categories);
      for (guint c = 0; c < ct_demo_n_categories; c++)
        site->workers[c] = g_ptr_array_new ();
      g_ptr_array_add (company->sites, site);
    }
  if (!finish_rows (db, stmt, rc, error))
    return FALSE;
  for (guint i = 0; i < company->sites->len; i++)
    {
      CtDemoSite *site = g_ptr_array_index (company->sites, i);

      if (!(site->calendar = ct_work_calendar_load (db, site->id, error)))
        return FALSE;
    }
  return TRUE;
}

static guint
site_index (CtDemoCompany *company,
            gint64         site_id)
{
  for (guint i = 0; i < company->sites->len; i++)
    if (((CtDemoSite *) g_ptr_array_index (company->sites, i))->id == site_id)
      return i;
  g_return_val_if_reached (0);
}

static gboolean
load_units (CtDemoCompany  *company,
            CtDatabase     *db,
            GError        **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "SELECT u.id, u.building_id, b.site_id, b.code, u.entrance, u.room, u.owner_name, "
    "u.owner_phone FROM units u JOIN buildings b ON b.id = u.building_id "
    "WHERE u.owner_name <> '' ORDER BY u.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *address = ct_unit_format_address (
        (const char *) sqlite3_column_text (stmt, 3), (const char *) sqlite3_column_text (stmt, 4),
        (const char *) sqlite3_column_text (stmt, 5));
      CtDemoUnit unit = {
        .id = sqlite3_column_int64 (stmt, 0),
        .building_id = sqlite3_column_int64 (stmt, 1),
        .site = site_index (company, sqlite3_column_int64 (stmt, 2)),
        .address = g_string_chunk_insert (company->strings, address),
        .owner = column_text (company, stmt, 6),
        .phone = column_text (company, stmt, 7),
      };

      g_array_append_val (company->units, unit);
    }
  return finish_rows (db, stmt, rc, error);
}

static gboolean
load_staff (CtDemoCompany  *company,
            CtDatabase     *db,
            GArray         *rows,
            GError        **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "SELECT s.id, s.name, coalesce (s.site_id, 0), d.code, s.post FROM staff s "
    "JOIN departments d ON d.id = s.department_id WHERE s.status = 'active' ORDER BY s.id",
    error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CtDemoPerson person = { sqlite3_column_int64 (stmt, 0), column_text (company, stmt, 1) };
      StaffRow row = {
        person.id, sqlite3_column_int64 (stmt, 2), column_text (company, stmt, 3),
        column_text (company, stmt, 4), company->people->len,
      };

      g_array_append_val (company->people, person);
      g_array_append_val (rows, row);
    }
  return finish_rows (db, stmt, rc, error);
}

/* Adds the staff of @department at @site_id to @into (only those in @post
 * when it is not NULL); returns how many. */
static guint
add_people (CtDemoCompany *company,
            GArray        *rows,
            gint64         site_id,
            const char    *department,
            const char    *post,
            GPtrArray     *into)
{
  guint before = into->len;

  for (guint i = 0; i < rows->len; i++)
    {
      const StaffRow *row = &g_array_index (rows, StaffRow, i);

      if (row->site_id == site_id && g_str_equal (row->department, department) &&
          (post == NULL || g_str_equal (row->post, post)))
        g_ptr_array_add (into, &g_array_index (company->people, CtDemoPerson, row->person));
    }
  return into->len - before;
}

/* Who does the work: the preferred post at the site, else the department at
 * the site, else the department company-wide. */
static void
find_people (CtDemoCompany *company,
             GArray        *rows,
             gint64         site_id,
             const char    *department,
             const char    *post,
             GPtrArray     *into)
{
  if (post != NULL && add_people (company, rows, site_id, department, post, into) > 0)
    return;
  if (add_people (company, rows, site_id, department, NULL, into) > 0)
    return;
  add_people (company, rows, 0, department, NULL, into);
}

static gboolean
load_people (CtDemoCompany  *company,
             CtDatabase     *db,
             GError        **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (StaffRow));
  g_autoptr(GHashTable) departments = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;
  int rc;

  if (!load_staff (company, db, rows, error) ||
      !(stmt = ct_database_prepare (db, "SELECT id, code FROM departments", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (departments, (gpointer) column_text (company, stmt, 1),
                         GSIZE_TO_POINTER (sqlite3_column_int64 (stmt, 0)));
  if (!finish_rows (db, stmt, rc, error))
    return FALSE;
  for (guint s = 0; s < company->sites->len; s++)
    {
      CtDemoSite *site = g_ptr_array_index (company->sites, s);

      find_people (company, rows, site->id, "service", NULL, site->clerks);
      if (site->clerks->len == 0)
        g_ptr_array_add (site->clerks, (gpointer) &desk);
      for (guint c = 0; c < ct_demo_n_categories; c++)
        {
          const CtDemoCategory *category = &ct_demo_categories[c];

          site->departments[c] = GPOINTER_TO_SIZE (g_hash_table_lookup (departments,
                                                                        category->department));
          find_people (company, rows, site->id, category->department, category->post,
                       site->workers[c]);
        }
    }
  return TRUE;
}

static gboolean
load_policies (CtDemoCompany  *company,
               CtDatabase     *db,
               GError        **error)
{
  company->policies = ct_record_store_new (db, CT_TYPE_SLA_POLICY);
  if (!ct_record_store_reload (company->policies, error))
    return FALSE;
  for (guint k = 0; k < CT_DEMO_TICKET_N_KINDS; k++)
    for (guint c = 0; c < CT_DEMO_N_CLASSES; c++)
      if ((k == CT_DEMO_TICKET_REPAIR) == (c != CT_DEMO_CLASS_NONE))
        company->clock.policies[k][c] = ct_sla_find_policy (company->policies,
                                                            ct_demo_ticket_kinds[k].key,
                                                            ct_demo_repair_classes[c].key);
  return TRUE;
}

static void
add_choice (CtDemoChoice *choice,
            guint         index,
            guint         weight)
{
  g_assert (choice->n < CT_DEMO_MAX_CHOICES);
  choice->index[choice->n] = index;
  choice->cumulative[choice->n] = weight + (choice->n > 0 ? choice->cumulative[choice->n - 1] : 0);
  choice->n++;
}

static CtDemoChoice *
texts_of (CtDemoCompany *company,
          guint          category,
          guint          klass)
{
  return &company->texts[category * CT_DEMO_N_CLASSES + klass];
}

/* Texts by category and class, then the categories that have texts. */
static void
build_choices (CtDemoCompany *company)
{
  company->texts = g_new0 (CtDemoChoice, ct_demo_n_categories * CT_DEMO_N_CLASSES);
  company->complaint_slot = g_new (int, ct_demo_n_categories);
  for (guint t = 0; t < ct_demo_n_texts; t++)
    for (guint c = 0; c < ct_demo_n_categories; c++)
      if (ct_demo_texts[t].kind == ct_demo_categories[c].kind &&
          g_str_equal (ct_demo_texts[t].category, ct_demo_categories[c].name))
        for (guint k = 0; k < CT_DEMO_N_CLASSES; k++)
          if (k == CT_DEMO_CLASS_NONE ? ct_demo_texts[t].classes == 0
                                      : (ct_demo_texts[t].classes & CT_DEMO_CLASS_BIT (k)) != 0)
            add_choice (texts_of (company, c, k), t, 1);
  for (guint c = 0; c < ct_demo_n_categories; c++)
    {
      const CtDemoCategory *category = &ct_demo_categories[c];

      company->complaint_slot[c] = category->kind == CT_DEMO_TICKET_COMPLAINT
                                   ? (int) company->n_complaint_slots++ : -1;
      for (guint k = 0; k < CT_DEMO_N_CLASSES; k++)
        if (texts_of (company, c, k)->n > 0)
          {
            add_choice (&company->categories[category->kind][k][0], c, category->weight);
            add_choice (&company->categories[category->kind][k][1], c, category->summer_weight);
          }
    }
}

guint
ct_demo_choose (const CtDemoChoice *choice,
                guint64            *rng)
{
  guint roll;
  guint i = 0;

  g_assert (choice->n > 0);
  roll = ct_demo_rng_below (rng, choice->cumulative[choice->n - 1]);
  while (choice->cumulative[i] <= roll)
    i++;
  return choice->index[i];
}

guint
ct_demo_choose_weighted (const CtDemoWeighted *items,
                         guint                 n_items,
                         guint64              *rng)
{
  guint total = 0;
  guint roll;
  guint i = 0;

  for (guint k = 0; k < n_items; k++)
    total += items[k].weight;
  roll = ct_demo_rng_below (rng, total);
  while (roll >= items[i].weight)
    roll -= items[i++].weight;
  return i;
}

gboolean
ct_demo_company_load (CtDemoCompany  *company,
                      CtDatabase     *db,
                      guint32         seed,
                      gint64          now,
                      GError        **error)
{
  g_autofree char *name = NULL;
  CtDemoSite *first;

  memset (company, 0, sizeof *company);
  company->strings = g_string_chunk_new (64 * 1024);
  company->units = g_array_new (FALSE, FALSE, sizeof (CtDemoUnit));
  company->people = g_array_new (FALSE, FALSE, sizeof (CtDemoPerson));
  company->sites = g_ptr_array_new_with_free_func ((GDestroyNotify) site_free);
  if (!load_sites (company, db, error) || !load_units (company, db, error) ||
      !load_people (company, db, error) || !load_policies (company, db, error))
    return FALSE;
  if (company->units->len == 0)
    {
      name = ct_database_dup_display_name (db);
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                   _("“%s” has no units with owners: demo tickets need the demo company first"),
                   name);
      return FALSE;
    }
  build_choices (company);
  first = g_ptr_array_index (company->sites, 0);
  ct_demo_clock_init (&company->clock, ct_work_calendar_get_timezone (first->calendar), now,
                      seed);
  return TRUE;
}

void
ct_demo_company_clear (CtDemoCompany *company)
{
  ct_demo_clock_clear (&company->clock);
  g_clear_pointer (&company->sites, g_ptr_array_unref);
  g_clear_pointer (&company->units, g_array_unref);
  g_clear_pointer (&company->people, g_array_unref);
  g_clear_pointer (&company->strings, g_string_chunk_free);
  g_clear_object (&company->policies);
  g_clear_pointer (&company->texts, g_free);
  g_clear_pointer (&company->complaint_slot, g_free);
}
