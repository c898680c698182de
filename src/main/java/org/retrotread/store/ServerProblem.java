package org.retrotread.store;

import java.sql.SQLException;
import org.retrotread.session.text.Message;

/**
 * Why the clinic's server could not be used as asked. Each kind has a sentence (bundle key
 * {@code server.problem.KIND}) that names the server, never the password.
 */
public final class ServerProblem extends Exception {

    public enum Kind {
        /** No answer from the server: it is down, or the network between is. */
        UNREACHABLE,
        /** The server answered and refused the user name or password. */
        SIGN_IN_REFUSED,
        /** The server has no database of that name. */
        NO_SUCH_DATABASE,
        /** The database holds tables that are not Retrotread's. */
        NOT_RETROTREAD,
        /** Made by a newer Retrotread: this version does not know its tables. */
        NEWER_VERSION,
        /** Retrotread's tables are not there, and this login may not make them (the administrator's script does). */
        NOT_SET_UP,
        /** This login may not do that (see the two groups in the set-up script). */
        NOT_ALLOWED,
        /** Anything else the server refused. */
        FAILED
    }

    private final Kind kind;
    private final String server;

    public ServerProblem(Kind kind, String server, Throwable cause) {
        super(kind + ": " + server + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.kind = kind;
        this.server = server;
    }

    /** The kind of a failure the driver reported, from its SQLSTATE (PostgreSQL's Appendix A). */
    static ServerProblem classify(SQLException e, String server) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Kind kind;
        if (state.equals("08004")) {
            kind = Kind.SIGN_IN_REFUSED; // the server rejected the connection: a password it wants was not given
        } else if (state.startsWith("08") || state.startsWith("57P")) {
            kind = Kind.UNREACHABLE; // 57P01..03: the server shutting down, crashed, or still starting: away, as an outage
        } else if (state.equals("28P01") || state.equals("28000")) {
            kind = Kind.SIGN_IN_REFUSED;
        } else if (state.equals("3D000")) {
            kind = Kind.NO_SUCH_DATABASE;
        } else if (state.equals("42501")) {
            kind = Kind.NOT_ALLOWED;
        } else {
            kind = Kind.FAILED;
        }
        return new ServerProblem(kind, server, e);
    }

    public Kind kind() {
        return kind;
    }

    public String server() {
        return server;
    }

    public Message message() {
        return Message.of("server.problem." + kind.name(), server,
                getCause() == null ? "" : String.valueOf(getCause().getMessage()));
    }
}
