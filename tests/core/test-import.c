/* test-import.c — the CSV reader and writer, and importing units and staff:
 * encodings, quoting, headers, errors with line and column, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-csv.h"
#include "ct-error.h"
#include "ct-org-import.h"
#include "ct-test-util.h"

#define BOM "\xEF\xBB\xBF"

typedef CtTestFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_fixture_set_up (f, "ct-import-XXXXXX", "import.db");
  ct_test_fixture_open_organisation (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_fixture_tear_down (f);
}

static GBytes *
bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static void
assert_message (const GError *error,
                const char   *part)
{
  g_assert_nonnull (error);
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” is not in the message “%s”", part, error->message);
}

/* CSV reader */

/* Reads all of @text; the rows joined by "|" and cells by ";", e.g. "a;b|c;d",
 * and the line of each row in @lines. */
static char *
read_all (const char  *text,
          GString     *lines,
          GError     **error)
{
  g_autoptr(GBytes) data = bytes (text);
  g_autoptr(CtCsvReader) reader = ct_csv_reader_new_from_bytes (data, error);
  g_autoptr(GString) out = g_string_new (NULL);
  GPtrArray *row = NULL;
  guint n_rows = 0;

  if (reader == NULL)
    return NULL;
  while (ct_csv_reader_next_row (reader, &row, error))
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (row, NULL);
      joined = g_strjoinv (";", (char **) row->pdata);
      g_string_append_printf (out, "%s%s", n_rows++ > 0 ? "|" : "", joined);
      if (lines != NULL)
        g_string_append_printf (lines, "%u ", ct_csv_reader_get_line (reader));
      g_ptr_array_unref (row);
    }
  g_assert_null (row);
  return error != NULL && *error != NULL ? NULL : g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_csv_rows (void)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autofree char *plain = read_all ("a,b,c\n1,2,3\n", lines, NULL);
  g_autofree char *no_end = read_all ("a,b", NULL, NULL);
  g_autofree char *empties = read_all (",\nx,,\n", NULL, NULL);
  g_autofree char *nothing = read_all ("", NULL, NULL);

  g_assert_cmpstr (plain, ==, "a;b;c|1;2;3");
  g_assert_cmpstr (lines->str, ==, "1 2 ");
  g_assert_cmpstr (no_end, ==, "a;b");
  g_assert_cmpstr (empties, ==, ";|x;;");
  g_assert_cmpstr (nothing, ==, "");
}

static void
test_csv_quotes (void)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autofree char *rows = read_all ("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n"
                                    "next,\"\"\n"
                                    "5\" pipe,x\n", lines, NULL);

  g_assert_cmpstr (rows, ==, "a,b;say \"hi\";two\nlines|next;|5\" pipe;x");
  g_assert_cmpstr (lines->str, ==, "1 3 4 ");
}

static void
test_csv_line_ends (void)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autofree char *rows = read_all ("h1,h2\r\n\r\nx,\r\n\r\n,\"y\r\nz\"\r\nold\rmac\r", lines, NULL);

  g_assert_cmpstr (rows, ==, "h1;h2|x;|;y\r\nz|old|mac");
  g_assert_cmpstr (lines->str, ==, "1 3 5 7 8 ");
}

static void
test_csv_bom (void)
{
  g_autofree char *with = read_all (BOM "名称,房号\n阳光花园,1201\n", NULL, NULL);
  g_autofree char *without = read_all ("名称,房号\n阳光花园,1201\n", NULL, NULL);

  g_assert_cmpstr (with, ==, "名称;房号|阳光花园;1201");
  g_assert_cmpstr (with, ==, without);
}

static void
test_csv_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) gbk_error = NULL;
  g_autofree char *rows = read_all ("ok\r\nok\r\nbad \xff\xfe\n", NULL, &error);
  /* "项目,房号" in GBK, as Excel saves "CSV" on Chinese Windows */
  g_autofree char *gbk = read_all ("site\n\xcf\xee\xc4\xbf,\xb7\xbf\xba\xc5\n", NULL, &gbk_error);

  g_assert_null (rows);
  g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_ENCODING);
  assert_message (error, "not UTF-8 (line 3)");
  assert_message (error, "\"CSV UTF-8\"");
  g_assert_null (gbk);
  g_assert_error (gbk_error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_ENCODING);
  assert_message (gbk_error, "(line 2)");
  assert_message (gbk_error, "GB18030");
}

static void
test_csv_syntax_errors (void)
{
  g_autoptr(GError) open_error = NULL;
  g_autoptr(GError) after_error = NULL;
  g_autofree char *open = read_all ("a,b\n甲,\"open\nmore\n", NULL, &open_error);
  g_autofree char *after = read_all ("x\n\"ab\"c,d\n", NULL, &after_error);

  g_assert_null (open);
  g_assert_error (open_error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_SYNTAX);
  assert_message (open_error, "Line 2, column B (character 3)");
  assert_message (open_error, "never closed");
  g_assert_null (after);
  g_assert_error (after_error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_SYNTAX);
  assert_message (after_error, "Line 2, column A (character 5)");
}

static void
test_csv_column_names (void)
{
  const struct { guint index; const char *name; } cases[] = {
    { 0, "A" }, { 25, "Z" }, { 26, "AA" }, { 51, "AZ" }, { 52, "BA" }, { 701, "ZZ" },
    { 702, "AAA" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = ct_csv_column_name (cases[i].index);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

static void
test_csv_writer (void)
{
  const char *const cells[] = { "plain", "a,b", "say \"hi\"", "two\nlines", " padded", "", NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *back = NULL;
  g_autofree char *null_field = ct_csv_escape_field (NULL);

  ct_csv_append_row (out, cells);
  ct_csv_append_row (out, cells);
  g_assert_cmpstr (out->str, ==,
                   "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n"
                   "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n");
  g_assert_cmpstr (null_field, ==, "");

  back = read_all (out->str, NULL, NULL);
  g_assert_cmpstr (back, ==, "plain;a,b;say \"hi\";two\nlines; padded;|"
                             "plain;a,b;say \"hi\";two\nlines; padded;");
}

/* Importing units */

static CtRecord *
add_site (Fixture    *f,
          const char *code,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtSite) site = ct_site_new (code, name);

  g_assert_true (ct_record_store_insert (ct_organisation_get_sites (f->org), CT_RECORD (site),
                                         "admin", &error));
  g_assert_no_error (error);
  return CT_RECORD (site);
}

static CtRecord *
add_building (Fixture    *f,
              CtRecord   *site,
              const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtBuilding) building = ct_building_new (ct_record_get_id (site), code, code);

  g_assert_true (ct_record_store_insert (ct_organisation_get_buildings (f->org),
                                         CT_RECORD (building), "admin", &error));
  g_assert_no_error (error);
  return CT_RECORD (building);
}

/* 阳光花园 (code YG) with building 3. */
static void
add_sunshine (Fixture *f)
{
  add_building (f, add_site (f, "YG", "阳光花园"), "3");
}

static gboolean
import_units (Fixture            *f,
              const char         *csv,
              CtOrgImportFlags    flags,
              CtOrgImportResult  *result,
              GError            **error)
{
  g_autoptr(GBytes) data = bytes (csv);

  return ct_org_import_units (f->org, data, "李强", flags, result, error);
}

static gboolean
import_staff (Fixture            *f,
              const char         *csv,
              CtOrgImportFlags    flags,
              CtOrgImportResult  *result,
              GError            **error)
{
  g_autoptr(GBytes) data = bytes (csv);

  return ct_org_import_staff (f->org, data, "李强", flags, result, error);
}

static CtRecord *
unit (CtOrganisation *org,
      const char     *address)
{
  CtRecord *found = CT_RECORD (ct_organisation_find_unit (org, 0, address));

  g_assert_nonnull (found);
  return found;
}

/* The number of rows of a table in the file, not in the live models. */
static guint
count_in_file (Fixture       *f,
               CtRecordStore *(*get_store) (CtOrganisation *))
{
  g_autoptr(CtOrganisation) org = ct_test_reopen (f->path, f->clock);

  return ct_record_store_count (get_store (org));
}

static void
test_units_english_bom (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtOrgImportResult result;
  CtRecord *u;

  add_sunshine (f);
  g_assert_true (import_units (f, BOM " Site ,Building,ENTRANCE,room,Owner Name,owner-phone\n"
                                  "阳光花园,3,2,1201,王芳,13800138000\n"
                                  "YG,3栋,2单元,502室,李雷,+86 139 0013 9000\n"
                                  ",,,,,\n",
                               CT_ORG_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_imported, ==, 2);
  g_assert_cmpuint (result.n_created_parents, ==, 0);
  g_assert_cmpuint (result.n_updated, ==, 0);

  u = unit (f->org, "3-2-1201");
  g_assert_cmpint (ct_record_get_int (u, "floor"), ==, 12);
  g_assert_cmpstr (ct_record_get_string (u, "owner_name"), ==, "王芳");
  u = unit (f->org, "3-2-502");
  g_assert_cmpint (ct_record_get_int (u, "floor"), ==, 5);
  g_assert_cmpstr (ct_record_get_string (u, "owner_phone"), ==, "13900139000");
  g_assert_cmpuint (count_in_file (f, ct_organisation_get_units), ==, 2);
}

static void
test_units_chinese_crlf_quotes (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtOrgImportResult result;
  CtRecord *u;

  add_sunshine (f);
  g_assert_true (import_units (f, "项目,楼栋,单元,房号,楼层,业主姓名,联系电话,备注\r\n"
                                  "阳光花园,3,1,301,3层,\"Smith, John\",0755-12345678,\"钥匙在物业\r\n"
                                  "周末不在\"\r\n"
                                  "阳光花园,3,1,B01,-1,,,\"说 \"\"你好\"\"\"\r\n",
                               CT_ORG_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_imported, ==, 2);

  u = unit (f->org, "3-1-301");
  g_assert_cmpint (ct_record_get_int (u, "floor"), ==, 3);
  g_assert_cmpstr (ct_record_get_string (u, "owner_name"), ==, "Smith, John");
  g_assert_cmpstr (ct_record_get_string (u, "note"), ==, "钥匙在物业\r\n周末不在");
  u = unit (f->org, "3-1-B01");
  g_assert_cmpint (ct_record_get_int (u, "floor"), ==, -1);
  g_assert_cmpstr (ct_record_get_string (u, "note"), ==, "说 \"你好\"");
}

static void
test_units_traditional_headers (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtOrgImportResult result;
  CtRecord *u;

  add_sunshine (f);
  g_assert_true (import_units (f, "社區,樓棟,單元,房號,樓層,業主姓名,聯絡電話,備註\n"
                                  "阳光花园,3棟,2單元,1201,12,陳美玲,13912345678,\n",
                               CT_ORG_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_imported, ==, 1);
  u = unit (f->org, "3-2-1201");
  g_assert_nonnull (u);
  g_assert_cmpstr (ct_record_get_string (u, "owner_name"), ==, "陳美玲");
}

static void
test_units_address_column (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtOrgImportResult result;

  add_sunshine (f);
  g_assert_true (import_units (f, "小区,房屋,业主\n"
                                  "阳光花园,3-2-1201,王芳\n"
                                  "阳光花园,3栋1单元301室,李雷\n",
                               CT_ORG_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_imported, ==, 2);
  g_assert_cmpstr (ct_record_get_string (unit (f->org, "3-1-301"), "owner_name"), ==, "李雷");
  g_assert_cmpint (ct_record_get_int (unit (f->org, "3-2-1201"), "floor"), ==, 12);

  g_assert_false (import_units (f, "site,unit\n阳光花园,not an address\n",
                                CT_ORG_IMPORT_DEFAULT, NULL, &error));
  g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE);
  assert_message (error, "Line 2, column \"unit\" (B): \"not an address\"");
  g_clear_error (&error);

  g_assert_false (import_units (f, "site,unit,room\n阳光花园,3-2-1201,1201\n",
                                CT_ORG_IMPORT_DEFAULT, NULL, &error));
  g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_HEADER);
  assert_message (error, "column \"room\" (C)");
}

static void
test_units_header_errors (Fixture       *f,
                          gconstpointer  data)
{
  const struct { const char *csv; int code; const char *part; } cases[] = {
    { "site,building,owner_name\nx,y,z\n", CT_IMPORT_ERROR_HEADER, "\"room\"" },
    { "building,room\n3,1201\n", CT_IMPORT_ERROR_HEADER, "\"site\" (项目, 小区, 项目名称, " },
    { "site,building,room,colour\n", CT_IMPORT_ERROR_HEADER, "column \"colour\" (D)" },
    { "site,building,room,电话,手机\n", CT_IMPORT_ERROR_HEADER,
      "column \"手机\" (E): column D is the column \"owner_phone\" already" },
    { "", CT_IMPORT_ERROR_EMPTY, "empty" },
    { "\n\n,,\n", CT_IMPORT_ERROR_EMPTY, "empty" },
    { "site,building,room\r\n", CT_IMPORT_ERROR_EMPTY, "no rows" },
    { "site,building,room,\n阳光花园,3,101,oops\n", CT_IMPORT_ERROR_VALUE,
      "Line 2, column D: \"oops\" is in a column without a header" },
  };

  add_sunshine (f);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (import_units (f, cases[i].csv, CT_ORG_IMPORT_DEFAULT, NULL, &error));
      g_assert_error (error, CT_IMPORT_ERROR, cases[i].code);
      assert_message (error, cases[i].part);
    }
  g_assert_cmpuint (ct_record_store_count (ct_organisation_get_units (f->org)), ==, 0);
}

static void
test_units_bad_row_imports_nothing (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtOrgImportResult result = { 7, 7, 7 };

  add_sunshine (f);
  g_assert_true (import_units (f, "site,building,room\n阳光花园,3,101\n",
                               CT_ORG_IMPORT_DEFAULT, NULL, &error));
  g_assert_no_error (error);

  /* Rows 2 and 3 are fine (and create a site and a building); row 4 is not. */
  g_assert_false (import_units (f, "site,building,entrance,room,owner_name,owner_phone\n"
                                   "新城,1,1,101,王芳,13800138000\n"
                                   "阳光花园,3,1,102,李雷,13900139000\n"
                                   "阳光花园,3,1,103,张伟,12345\n",
                                CT_ORG_IMPORT_CREATE_MISSING, &result, &error));
  g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE);
  assert_message (error, "Line 4, column \"owner_phone\" (F): \"12345\" is not a phone number");
  g_assert_cmpuint (result.n_imported, ==, 0);

  g_assert_cmpuint (ct_record_store_count (ct_organisation_get_units (f->org)), ==, 1);
  g_assert_cmpuint (ct_record_store_count (ct_organisation_get_sites (f->org)), ==, 1);
  g_assert_cmpuint (count_in_file (f, ct_organisation_get_units), ==, 1);
  g_assert_cmpuint (count_in_file (f, ct_organisation_get_sites), ==, 1);
  g_assert_cmpuint (count_in_file (f, ct_organisation_get_buildings), ==, 1);
}

static void
test_units_validation_names_column (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  add_sunshine (f);
  /* ct_unit_validate () refuses these; the import points at the cells. */
  g_assert_false (import_units (f, "site,building,room,floor\n阳光花园,3,101,1\n阳光花园,3,12-1,1\n",
                                CT_ORG_IMPORT_DEFAULT, NULL, &error));
  g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE);
  assert_message (error, "Line 3, column \"room\" (C)");
  g_clear_error (&error);

  g_assert_false (import_units (f, "site,building,room,floor\n阳光花园,3,101,500\n",
                                CT_ORG_IMPORT_DEFAULT, NULL, &error));
  assert_message (error, "Line 2, column \"floor\" (D)");
  g_clear_error (&error);

  g_assert_false (import_units (f, "site,building,room,floor\n阳光花园,3,101,high\n",
                                CT_ORG_IMPORT_DEFAULT, NULL, &error));
  assert_message (error, "Line 2, column \"floor\" (D): \"high\" is not a floor number");
  g_assert_cmpuint (count_in_file (f, ct_organisation_get_units), ==, 0);
}

static void
test_units_create_missing (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtOrganisation) org = NULL;
  CtOrgImportResult result;
  CtRecord *site;

  add_sunshine (f);
  g_assert_true (import_units (f, "site,building,room\n"
                                  "阳光花园,3,101\n"
                                  "阳光花园,5号楼,101\n"
                                  "新城,1,101\n"
                                  "新城,1,102\n"
                                  "新城,2,201\n",
                               CT_ORG_IMPORT_CREATE_MISSING, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_imported, ==, 5);
  g_assert_cmpuint (result.n_created_parents, ==, 4);  /* 5, 新城, 新城 1, 新城 2 */

  org = ct_test_reopen (f->path, f->clock);
  g_assert_cmpuint (ct_record_store_count (ct_organisation_get_sites (org)), ==, 2);
  g_assert_cmpuint (ct_record_store_count (ct_organisation_get_buildings (org)), ==, 4);
  g_assert_cmpuint (ct_record_store_count (ct_organisation_get_units (org)), ==, 5);
  site = ct_record_store_find (ct_organisation_get_sites (org), "name", "新城");
  g_assert_nonnull (site);
  g_assert_nonnull (ct_organisation_find_unit (org, ct_record_get_id (site), "2-201"));
  g_assert_nonnull (ct_record_store_find (ct_organisation_get_buildings (org), "code", "5"));
}

static void
test_units_unknown_parent (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  add_sunshine (f);
  g_assert_false (import_units (f, "site,building,room\n阳光花园,3,101\n阳光花园,9,101\n",
                                CT_ORG_IMPORT_DEFAULT, NULL, &error));
  g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE);
  assert_message (error, "Line 3, column \"building\" (B): site \"阳光花园\" has no building \"9\"");
  assert_message (error, "create missing");
  g_clear_error (&error);

  g_assert_false (import_units (f, "楼栋,房号,项目\n3,101,新城\n", CT_ORG_IMPORT_DEFAULT, NULL,
                                &error));
  assert_message (error, "Line 2, column \"项目\" (C): there is no site \"新城\"");
  g_assert_cmpuint (count_in_file (f, ct_organisation_get_units), ==, 0);
}

static void
test_units_duplicates_in_file (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  add_sunshine (f);
  g_assert_false (import_units (f, "site,building,entrance,room\n"
                                   "阳光花园,3,2,1201\n"
                                   "阳光花园,3,1,1201\n"
                                   "YG,3栋,2,1201室\n",
                                CT_ORG_IMPORT_DEFAULT, NULL, &error));
  g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE);
  assert_message (error, "Line 4, column \"room\" (D): unit 3-2-1201 is also on line 2");
}

static void
test_units_reimport_updates (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtOrgImportResult result;
  CtRecord *u;

  add_sunshine (f);
  g_assert_true (import_units (f, "site,building,room,owner_name,owner_phone,note\n"
                                  "阳光花园,3,101,王芳,13800138000,old\n"
                                  "阳光花园,3,102,李雷,13900139000,\n",
                               CT_ORG_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);

  /* 101 changes owner (the empty note keeps "old"), 102 is unchanged, 103 is new. */
  g_assert_true (import_units (f, "site,building,room,owner_name,owner_phone,note\n"
                                  "阳光花园,3,101,赵敏,13700137000,\n"
                                  "阳光花园,3,102,李雷,13900139000,\n"
                                  "阳光花园,3,103,张伟,,\n",
                               CT_ORG_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_imported, ==, 3);
  g_assert_cmpuint (result.n_updated, ==, 2);

  g_assert_cmpuint (ct_record_store_count (ct_organisation_get_units (f->org)), ==, 3);
  g_assert_cmpuint (count_in_file (f, ct_organisation_get_units), ==, 3);
  u = unit (f->org, "3-101");
  g_assert_cmpstr (ct_record_get_string (u, "owner_name"), ==, "赵敏");
  g_assert_cmpstr (ct_record_get_string (u, "owner_phone"), ==, "13700137000");
  g_assert_cmpstr (ct_record_get_string (u, "note"), ==, "old");
  g_assert_cmpint (ct_record_get_version (u), ==, 2);
  g_assert_cmpint (ct_record_get_version (unit (f->org, "3-102")), ==, 1);
}

/* A conflict while writing rolls everything back, and the live models match
 * the file again afterwards. */
static void
test_units_write_failure_rolls_back (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtOrganisation) other = NULL;
  g_autoptr(CtRecord) copy = NULL;

  add_sunshine (f);
  g_assert_true (import_units (f, "site,building,room,owner_name\n阳光花园,3,101,王芳\n",
                               CT_ORG_IMPORT_DEFAULT, NULL, &error));
  g_assert_no_error (error);

  /* Someone else changes 3-101 behind our back. */
  other = ct_test_reopen (f->path, f->clock);
  copy = ct_record_copy (unit (other, "3-101"));
  ct_record_set_string (copy, "owner_name", "钱七");
  g_assert_true (ct_record_store_update (ct_organisation_get_units (other), copy, "x", &error));
  g_assert_no_error (error);

  g_assert_false (import_units (f, "site,building,room,owner_name\n"
                                   "阳光花园,3,102,李雷\n"
                                   "阳光花园,3,101,赵敏\n",
                                CT_ORG_IMPORT_DEFAULT, NULL, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT);
  assert_message (error, "Line 3: ");

  g_assert_cmpuint (count_in_file (f, ct_organisation_get_units), ==, 1);
  g_assert_cmpuint (ct_record_store_count (ct_organisation_get_units (f->org)), ==, 1);
  g_assert_cmpstr (ct_record_get_string (unit (f->org, "3-101"), "owner_name"), ==, "钱七");
}

static void
test_units_bad_csv (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  add_sunshine (f);
  g_assert_false (import_units (f, "site,building,room\n阳光花园,3,101\n阳光花园,3,\xc1\xfa\n",
                                CT_ORG_IMPORT_DEFAULT, NULL, &error));
  g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_ENCODING);
  assert_message (error, "(line 3)");
  g_clear_error (&error);

  g_assert_false (import_units (f, "site,building,room,note\n阳光花园,3,101,ok\n"
                                   "阳光花园,3,102,\"no end\n",
                                CT_ORG_IMPORT_DEFAULT, NULL, &error));
  g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_SYNTAX);
  assert_message (error, "Line 3, column D (character 12)");
  g_assert_cmpuint (count_in_file (f, ct_organisation_get_units), ==, 0);
}

/* Importing staff */

static void
test_staff_chinese (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtRecordStore *staff = ct_organisation_get_staff (f->org);
  CtOrgImportResult result;
  CtRecord *s;
  CtRecord *site;

  add_sunshine (f);
  g_assert_true (import_staff (f, "工号,姓名,部门,项目,岗位,手机,入职日期,状态\n"
                                  "E001,张伟,security,阳光花园,保安,13900139000,2024年3月5日,离职\n"
                                  "E002,李娜,Customer Service,,客服,,2024/3/15,\n"
                                  "E003,王强,CLEANING,YG,,,,试用\n",
                               CT_ORG_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_imported, ==, 3);

  site = ct_record_store_find (ct_organisation_get_sites (f->org), "code", "YG");
  s = ct_record_store_find (staff, "employee_no", "E001");
  g_assert_cmpstr (ct_record_get_string (s, "hired_on"), ==, "2024-03-05");
  g_assert_cmpstr (ct_record_get_string (s, "status"), ==, "left");
  g_assert_cmpstr (ct_record_get_string (s, "post"), ==, "保安");
  g_assert_cmpint (ct_record_get_int (s, "site_id"), ==, ct_record_get_id (site));
  g_assert_cmpint (ct_record_get_int (s, "department_id"), ==,
                   ct_record_get_id (CT_RECORD (ct_organisation_find_department (f->org,
                                                                                 "security"))));
  s = ct_record_store_find (staff, "employee_no", "E002");
  g_assert_cmpstr (ct_record_get_string (s, "hired_on"), ==, "2024-03-15");
  g_assert_cmpstr (ct_record_get_string (s, "status"), ==, "active");
  g_assert_cmpint (ct_record_get_int (s, "site_id"), ==, 0);
  s = ct_record_store_find (staff, "employee_no", "E003");
  g_assert_cmpstr (ct_record_get_string (s, "status"), ==, "onboarding");
  g_assert_cmpuint (count_in_file (f, ct_organisation_get_staff), ==, 3);
}

static void
test_staff_dates (Fixture       *f,
                  gconstpointer  data)
{
  const char *good[] = { "2024-03-05", "2024-3-5", "2024/3/5", "2024.03.05", "2024年3月5日",
                         "2024年03月05" };
  const char *bad[] = { "2024-02-30", "2024/13/1", "next week", "24-3-5", "2024-3-5x",
                        "2024年3月", "03/05/2024" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *csv = g_strdup_printf ("employee_no,name,department,hired_on\n"
                                              "E%u,张伟,security,%s\n", i, good[i]);
      g_autofree char *no = g_strdup_printf ("E%u", i);
      CtRecord *s;

      g_assert_true (import_staff (f, csv, CT_ORG_IMPORT_DEFAULT, NULL, &error));
      g_assert_no_error (error);
      s = ct_record_store_find (ct_organisation_get_staff (f->org), "employee_no", no);
      g_assert_cmpstr (ct_record_get_string (s, "hired_on"), ==, "2024-03-05");
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *csv = g_strdup_printf ("employee_no,name,department,入职日期\n"
                                              "X1,李娜,security,2024-01-01\n"
                                              "X2,李娜,security,%s\n", bad[i]);
      g_autofree char *expected = g_strdup_printf ("Line 3, column \"入职日期\" (D): \"%s\" "
                                                   "is not a date", bad[i]);

      g_assert_false (import_staff (f, csv, CT_ORG_IMPORT_DEFAULT, NULL, &error));
      g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE);
      assert_message (error, expected);
    }
  g_assert_cmpuint (count_in_file (f, ct_organisation_get_staff), ==, G_N_ELEMENTS (good));
}

static void
test_staff_errors (Fixture       *f,
                   gconstpointer  data)
{
  const struct { const char *row; const char *part; } cases[] = {
    { "E1,张伟,security,13800138000,maybe", "column \"状态\" (E): \"maybe\" is not a status" },
    { "E1,张伟,,13800138000,", "Line 2, column \"部门\" (C): " },
    { "E1,,security,13800138000,", "Line 2, column \"姓名\" (B): " },
    { "E1,张伟,security,555,", "column \"电话\" (D): \"555\" is not a phone number" },
    { "E1,张伟,保洁部,,", "column \"部门\" (C): there is no department \"保洁部\"" },
    { "E1,张伟,security,,\nE2,李娜,security,,\nE1,王强,security,,",
      "Line 4, column \"工号\" (A): employee number E1 is also on line 2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *csv = g_strconcat ("工号,姓名,部门,电话,状态\n", cases[i].row, "\n", NULL);

      g_assert_false (import_staff (f, csv, CT_ORG_IMPORT_DEFAULT, NULL, &error));
      g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE);
      assert_message (error, cases[i].part);
    }
  g_assert_cmpuint (count_in_file (f, ct_organisation_get_staff), ==, 0);
}

static void
test_staff_update_and_create_department (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtRecordStore *staff = ct_organisation_get_staff (f->org);
  CtOrgImportResult result;
  CtRecord *s;
  CtDepartment *department;

  g_assert_true (import_staff (f, "employee_no,name,department,phone\n"
                                  "E001,张伟,security,13800138000\n",
                               CT_ORG_IMPORT_DEFAULT, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (import_staff (f, "employee_no,name,department,status\n"
                                  "E001,张伟,保洁部,离职\n"
                                  "E002,李娜,保洁部,\n",
                               CT_ORG_IMPORT_CREATE_MISSING, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_imported, ==, 2);
  g_assert_cmpuint (result.n_updated, ==, 1);
  g_assert_cmpuint (result.n_created_parents, ==, 1);

  department = ct_organisation_find_department (f->org, "保洁部");
  g_assert_nonnull (department);
  g_assert_cmpuint (ct_record_store_count (staff), ==, 2);
  s = ct_record_store_find (staff, "employee_no", "E001");
  g_assert_cmpstr (ct_record_get_string (s, "status"), ==, "left");
  g_assert_cmpstr (ct_record_get_string (s, "phone"), ==, "13800138000");
  g_assert_cmpint (ct_record_get_int (s, "department_id"), ==,
                   ct_record_get_id (CT_RECORD (department)));
  g_assert_cmpuint (count_in_file (f, ct_organisation_get_staff), ==, 2);
  g_assert_cmpuint (count_in_file (f, ct_organisation_get_departments), ==, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/rows", test_csv_rows);
  g_test_add_func ("/csv/quotes", test_csv_quotes);
  g_test_add_func ("/csv/line-ends", test_csv_line_ends);
  g_test_add_func ("/csv/bom", test_csv_bom);
  g_test_add_func ("/csv/invalid-utf8", test_csv_invalid_utf8);
  g_test_add_func ("/csv/syntax-errors", test_csv_syntax_errors);
  g_test_add_func ("/csv/column-names", test_csv_column_names);
  g_test_add_func ("/csv/writer", test_csv_writer);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/units/english-bom", test_units_english_bom);
  ADD ("/import/units/chinese-crlf-quotes", test_units_chinese_crlf_quotes);
  ADD ("/import/units/address-column", test_units_address_column);
  ADD ("/import/units/traditional-headers", test_units_traditional_headers);
  ADD ("/import/units/header-errors", test_units_header_errors);
  ADD ("/import/units/bad-row-imports-nothing", test_units_bad_row_imports_nothing);
  ADD ("/import/units/validation-names-column", test_units_validation_names_column);
  ADD ("/import/units/create-missing", test_units_create_missing);
  ADD ("/import/units/unknown-parent", test_units_unknown_parent);
  ADD ("/import/units/duplicates-in-file", test_units_duplicates_in_file);
  ADD ("/import/units/reimport-updates", test_units_reimport_updates);
  ADD ("/import/units/write-failure-rolls-back", test_units_write_failure_rolls_back);
  ADD ("/import/units/bad-csv", test_units_bad_csv);
  ADD ("/import/staff/chinese", test_staff_chinese);
  ADD ("/import/staff/dates", test_staff_dates);
  ADD ("/import/staff/errors", test_staff_errors);
  ADD ("/import/staff/update-and-create-department", test_staff_update_and_create_department);
#undef ADD

  return g_test_run ();
}
