package org.retrotread.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.retrotread.session.plan.Plan;

/**
 * The open database and its repositories, on one connection. Not thread-safe: the app uses it
 * from its one background thread for database work (the event journal has a connection and a
 * thread of its own).
 */
public final class Store implements AutoCloseable {

    private final Database database;
    private final Connection connection;
    private final Clock clock;
    private final Clients clients;
    private final Plans plans;
    private final Sessions sessions;
    private final Settings settings;
    private final WalkTests walkTests;
    private final AuditTrail audit;

    private Store(Database database, Connection connection, Clock clock) {
        this.database = database;
        this.connection = connection;
        this.clock = clock;
        this.clients = new Clients(connection, clock);
        this.plans = new Plans(connection, clock);
        this.sessions = new Sessions(connection, clock);
        this.settings = new Settings(connection);
        this.walkTests = new WalkTests(connection, clock);
        this.audit = new AuditTrail(connection, clock, () -> database == null || !database.readOnly());
    }

    public static Store open(Path file) throws StoreProblem {
        return on(Database.open(file), Clock.systemUTC());
    }

    /** The repositories over an opened database; closing the store closes the database too. */
    public static Store on(Database database, Clock clock) throws StoreProblem {
        try {
            return new Store(database, RenewingConnection.over(database), clock);
        } catch (SQLException e) {
            database.close();
            throw DatabaseFile.classify(e, database.file());
        }
    }

    /**
     * The repositories over a clinic's server, on one connection of their own (decision 0021). Such a store has no
     * file: {@link #database()} is the laptop's alone, and its sessions are journalled on the workstation first.
     */
    public static Store onServer(ClinicServer server, Clock clock) throws ServerProblem {
        try {
            return new Store(null, server.connect(), clock);
        } catch (SQLException e) {
            throw ServerProblem.classify(e, server.label());
        }
    }

    /** Starts the journal that writes session events as they happen, on its own thread. */
    public EventJournal startJournal() throws SQLException {
        return EventJournal.start(database(), clock);
    }

    /** The plan a session ran: as progressed, when a progression raised it, else its stored version. */
    public Plan planOf(SessionRecord session) throws SQLException {
        return sessions.planOf(session);
    }

    /** The laptop's database file; a store on the clinic server has none. */
    public Database database() {
        if (database == null) {
            throw new IllegalStateException("a store on the clinic server has no database file");
        }
        return database;
    }

    /** The store's connection, for work that spans repositories in one transaction (an import). */
    Connection connection() { return connection; }
    public Clients clients() { return clients; }
    public Plans plans() { return plans; }
    public Sessions sessions() { return sessions; }
    public Settings settings() { return settings; }
    public WalkTests walkTests() { return walkTests; }
    public AuditTrail audit() { return audit; }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing is left unwritten on this connection: every write here commits at once.
        }
        if (database != null) {
            database.close();
        }
    }
}
