/* ct-test-ticket-io.h — fixture and helpers of the ticket import and export
 * tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-test-util.h"
#include "ct-ticket-import.h"

G_BEGIN_DECLS

#define CT_TEST_IO_HEADER \
  "code,kind,repair_class,category,channel,site,building,unit,reporter,phone,title," \
  "description,department,assignee,created_at,accepted_at,dispatched_at,arrived_at," \
  "resolved_at,visited_at,archived_at,appointment_at,satisfaction,reopened_count,status\n"

/* A fresh database whose organisation is 翠湖花园 (code CH) with building 3
 * (units 3-2-1201, 3-2-1202) and building 5 (unit 5-801), 江南名苑 (JN), the
 * default departments, 王师傅 (CT0001, engineering) and two staff named 李明
 * (CT0002 service, CT0003 engineering); and its ticket store. */
typedef struct
{
  CtTestFixture  base;
  CtTicketStore *store;
} CtTestIoFixture;

void      ct_test_io_set_up        (CtTestIoFixture      *f,
                                    gconstpointer         data);
void      ct_test_io_tear_down     (CtTestIoFixture      *f,
                                    gconstpointer         data);

gboolean  ct_test_io_import        (CtTestIoFixture      *f,
                                    const char           *text,
                                    CtTicketImportFlags   flags,
                                    CtTicketImportResult *result,
                                    GError              **error);
/* Must import @n_expected tickets. */
void      ct_test_io_import_ok     (CtTestIoFixture      *f,
                                    const char           *text,
                                    guint                 n_expected);
/* The ticket with @code, which must exist. */
CtRecord *ct_test_io_ticket        (CtTestIoFixture      *f,
                                    const char           *code);
/* UTC seconds of a wall-clock time in Shanghai. */
gint64    ct_test_io_shanghai      (int                   year,
                                    int                   month,
                                    int                   day,
                                    int                   hour,
                                    int                   minute);
/* SELECT count(*) FROM @table (may carry a WHERE), on a connection of its own. */
gint64    ct_test_io_count_rows    (const char           *path,
                                    const char           *table);
void      ct_test_io_assert_message (const GError        *error,
                                    const char           *part);
gint64    ct_test_io_unit_id       (CtTestIoFixture      *f,
                                    const char           *address);
gint64    ct_test_io_staff_id      (CtTestIoFixture      *f,
                                    const char           *employee_no);
gint64    ct_test_io_department_id (CtOrganisation       *org,
                                    const char           *code);

G_END_DECLS
