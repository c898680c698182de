package org.retrotread.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A clinic's PostgreSQL server, the optional second store (decision 0021): where it is, who signs in, and its
 * schema checked (and, for a login allowed to, made or brought up to date) once at opening.
 *
 * <p>The address is PostgreSQL's own URI form, {@code postgresql://host:port/database?sslmode=require}. It never
 * carries a password: the password is typed at sign-in and passed to the driver, or PostgreSQL's own files
 * supply it ({@code ~/.pgpass}, {@code PGPASSFILE}, {@code pg_service.conf}), which the driver reads.
 */
public final class ClinicServer {

    /** The advisory lock two workstations starting at once take before either changes the schema ("RTRD"). */
    private static final long SCHEMA_LOCK = Database.APPLICATION_ID;

    private final String jdbcUrl;
    private final String label;
    private final Properties login;
    private final List<Migration> migrations;

    private ClinicServer(String jdbcUrl, String label, Properties login, List<Migration> migrations) {
        this.jdbcUrl = jdbcUrl;
        this.label = label;
        this.login = login;
        this.migrations = migrations;
    }

    /**
     * Opens the server at {@code address} as {@code login} (the driver's properties: {@code user} and, when typed,
     * {@code password}), checks its schema and brings it up to date when this login may.
     */
    public static ClinicServer open(String address, Properties login) throws ServerProblem {
        return open(address, login, Migration.SERVER);
    }

    /**
     * The server at {@code address}, not asked anything yet: for a workstation that starts while the server is away,
     * whose sender pushes once it is back. Its schema was checked at an earlier opening ({@link #open}).
     */
    public static ClinicServer at(String address, Properties login) {
        return new ClinicServer(jdbcUrl(address), label(address), copy(login), Migration.SERVER);
    }

    static ClinicServer open(String address, Properties login, List<Migration> migrations) throws ServerProblem {
        ClinicServer server = new ClinicServer(jdbcUrl(address), label(address), copy(login), migrations);
        try (Connection c = server.connect()) {
            server.prepareSchema(c);
        } catch (SQLException e) {
            throw ServerProblem.classify(e, server.label);
        }
        return server;
    }

    /** A new connection, signed in as this server's login. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, login);
    }

    /** Where the server is, as a person reads it: host, port and database, never a password. */
    public String label() {
        return label;
    }

    /** The login this server was opened with: who every record written through it is by. */
    public String user() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT current_user")) {
            r.next();
            return r.getString(1);
        }
    }

    private void prepareSchema(Connection c) throws SQLException, ServerProblem {
        int latest = Migration.latest(migrations);
        int version = version(c);
        if (version > latest) {
            throw new ServerProblem(ServerProblem.Kind.NEWER_VERSION, label, null);
        }
        if (version == latest) {
            return;
        }
        if (version == 0 && hasOtherTables(c)) {
            throw new ServerProblem(ServerProblem.Kind.NOT_RETROTREAD, label, null);
        }
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + SCHEMA_LOCK + ")");
            boolean asOwner = memberOfOwner(c);
            try {
                if (asOwner) {
                    s.execute("SET ROLE retrotread_owner"); // the tables belong to the group, not to whoever signed in first
                }
                Migrator.migrate(c, migrations, version(c)); // read again: another workstation may have done it meanwhile
            } finally {
                if (asOwner) {
                    s.execute("RESET ROLE");
                }
                s.execute("SELECT pg_advisory_unlock(" + SCHEMA_LOCK + ")");
            }
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new ServerProblem(ServerProblem.Kind.NOT_SET_UP, label, e);
            }
            throw e;
        }
    }

    /** The schema's version, 0 when Retrotread's tables are not there yet. */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
            r.next();
            if (!r.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static boolean memberOfOwner(Connection c) throws SQLException {
        // only where the set-up script made the owner the schema's (a database made otherwise is its maker's alone)
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT CASE WHEN EXISTS (SELECT FROM pg_roles WHERE"
                + " rolname = 'retrotread_owner') THEN pg_has_role(current_user, 'retrotread_owner', 'MEMBER')"
                + " AND has_schema_privilege('retrotread_owner', current_schema(), 'CREATE') ELSE false END")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    private static boolean hasOtherTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            r.next();
            return r.getLong(1) > 0;
        }
    }

    /** PostgreSQL's URI form as the JDBC driver takes it; a password in it is refused, never kept. */
    static String jdbcUrl(String address) {
        URI uri = parse(address);
        if (holdsPassword(address)) {
            throw new IllegalArgumentException("no password in the server's address: it is typed at sign-in, or kept in .pgpass");
        }
        String query = uri.getRawQuery();
        String user = uri.getUserInfo() == null ? "" : "user=" + uri.getUserInfo();
        String params = String.join("&", Stream.of(user, query == null ? "" : query).filter(p -> !p.isEmpty()).toList());
        return "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getRawPath()
                + (params.isEmpty() ? "" : "?" + params);
    }

    /**
     * Whether {@code address} carries a password (after the user, or as a parameter), whether or not it is otherwise
     * a server's address: such an address is refused everywhere, and the screens say that this is why.
     */
    public static boolean holdsPassword(String address) {
        String a = address == null ? "" : address.strip();
        return a.matches("^[^/]*//[^/@]*:[^/@]*@.*") || a.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*");
    }

    /**
     * Where {@code address} points, as a person may read it (host, port, database: never a password); refuses, as
     * {@link #open} would, an address that is not PostgreSQL's or that carries a password.
     */
    public static String describe(String address) {
        jdbcUrl(address);
        return label(address);
    }

    /**
     * Whether the address says who signs in itself: a user in it, or a service of PostgreSQL's {@code pg_service.conf}
     * (whose user, and password, the driver reads there). Then a quiet sign-in leaves the user to it.
     */
    public static boolean namesItsUser(String address) {
        URI uri = parse(address);
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().toLowerCase(Locale.ROOT);
        return uri.getUserInfo() != null || query.matches("(^|.*&)(service|user)=.*");
    }

    static String label(String address) {
        URI uri = parse(address);
        return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath();
    }

    private static URI parse(String address) {
        String a = address == null ? "" : address.strip();
        if (a.startsWith("postgres://")) {
            a = "postgresql://" + a.substring("postgres://".length());
        }
        try {
            URI uri = new URI(a);
            if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new IllegalArgumentException("a server's address reads postgresql://host:port/database, not " + address);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a server's address reads postgresql://host:port/database, not " + address, e);
        }
    }

    private static Properties copy(Properties login) {
        Properties p = new Properties();
        p.putAll(login);
        p.putIfAbsent("ApplicationName", "Retrotread");
        p.putIfAbsent("connectTimeout", "2");  // seconds: a server that is down is said within the start-up budget
        p.putIfAbsent("loginTimeout", "5");    // seconds: a host that takes the connection and never answers (a hung server)
        p.putIfAbsent("socketTimeout", "30");  // seconds: a server gone quiet mid-statement (a cable pulled) fails, never hangs
        p.putIfAbsent("tcpKeepAlive", "true");
        return p;
    }
}
