package org.retrotread.store;

import java.util.List;

/**
 * One step of the schema: the SQL that brings a database from {@code version - 1} to {@code version}.
 *
 * @param script a resource path holding SQL statements separated by lines that read {@code --;}
 */
public record Migration(int version, String script) {

    /** Every schema step, oldest first. A new step is added here and never edits an older one. */
    public static final List<Migration> ALL = List.of(
            new Migration(1, "/org/retrotread/store/V1__initial.sql"),
            new Migration(2, "/org/retrotread/store/V2__walk_tests.sql"),
            new Migration(3, "/org/retrotread/store/V3__client_plans.sql"),
            new Migration(4, "/org/retrotread/store/V4__progression_decisions.sql"),
            new Migration(5, "/org/retrotread/store/V5__nothing_replaced.sql"),
            new Migration(6, "/org/retrotread/store/V6__record_uuids.sql"),
            new Migration(7, "/org/retrotread/store/V7__seal_chains.sql"),
            new Migration(8, "/org/retrotread/store/V8__corrections_and_audit.sql"),
            new Migration(9, "/org/retrotread/store/V9__server_pushes.sql"),
            new Migration(10, "/org/retrotread/store/V10__roles.sql"),
            new Migration(11, "/org/retrotread/store/V11__grade_and_heart_rate.sql"));

    /**
     * The same schema on a clinic's PostgreSQL server: a server database is made at version 8, the first with
     * one, in one step; every later version adds its step to both lists (decision 0021).
     */
    public static final List<Migration> SERVER = List.of(
            new Migration(8, "/org/retrotread/store/postgresql/V8__clinic_server.sql"),
            new Migration(9, "/org/retrotread/store/postgresql/V9__server_pushes.sql"),
            new Migration(10, "/org/retrotread/store/postgresql/V10__roles.sql"),
            new Migration(11, "/org/retrotread/store/postgresql/V11__grade_and_heart_rate.sql"));

    public static int latest(List<Migration> migrations) {
        return migrations.get(migrations.size() - 1).version();
    }
}
