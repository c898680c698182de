package org.retrotread.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.retrotread.session.correction.Corrected;
import org.retrotread.session.correction.CorrectedField;
import org.retrotread.session.correction.Correction;
import org.retrotread.session.correction.CorrectionCheck;
import org.retrotread.session.correction.Corrections;
import org.retrotread.session.text.Message;

/**
 * A finished session's amendments: each correction checked against the session as the ones before left it,
 * written with its link in the session's chain and a row in the audit trail, and the corrected session worked
 * out from them. The record itself is never touched.
 */
final class Amendments {

    private final Connection c;
    private final Clock clock;
    private final Sessions sessions;

    Amendments(Connection c, Clock clock, Sessions sessions) {
        this.c = c;
        this.clock = clock;
        this.sessions = sessions;
    }

    /**
     * Adds a correction to a finished session; the original record is left exactly as it was. The correction
     * is checked against the session as its earlier corrections left it ({@link CorrectionCheck}): a refusal is
     * a {@link CorrectionRefused} with the reason, and nothing is written.
     */
    Amendment amend(long sessionId, String typedAuthor, String reason, Correction correction) throws SQLException {
        Instant now = clock.instant();
        String uuid = RecordIds.fresh();
        String field = correction.field().name() + correction.eventSeq().stream().mapToObj(seq -> " #" + seq).findFirst().orElse("");
        String seq = correction.eventSeq().isPresent() ? String.valueOf(correction.eventSeq().getAsLong()) : null;
        return Sql.inTransaction(c, x -> {
            Chains.lock(c, "session " + sessionId);
            String author = Chains.author(c, typedAuthor);
            SessionRecord record = sessions.find(sessionId).orElseThrow(() -> new SQLException("no session " + sessionId));
            if (!record.sealed()) {
                throw new CorrectionRefused(Message.of("correction.open"));
            }
            Corrected asItStands = corrected(record);
            Optional<Message> refusal = CorrectionCheck.refusal(asItStands, correction,
                    record.context().treadmillMaxSpeed());
            if (refusal.isPresent()) {
                throw new CorrectionRefused(refusal.get());
            }
            String oldValue = Corrections.current(asItStands, correction.field(), correction.eventSeq());
            // The chain: this amendment's link covers the one before it (or the seal) and its own values as stored.
            String before = SealChain.lastLink(c, sessionId).orElse("");
            String link = SealChain.link(before, Arrays.asList(uuid, now.toString(), author, reason, field, oldValue,
                    correction.value(), correction.field().name(), seq, correction.value()));
            long id = Sql.insert(c, "INSERT INTO amendments (uuid, session_id, made_at, author, reason, field, old_value, new_value,"
                    + " field_key, event_seq, value, chain_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", uuid, sessionId,
                    now.toString(), author, reason, field, oldValue, correction.value(), correction.field().name(),
                    correction.eventSeq().isPresent() ? correction.eventSeq().getAsLong() : null, correction.value(), link);
            AuditTrail.record(c, clock, author, record.clientId(), AuditTrail.Action.SESSION_AMENDED, sessionId + " " + correction.field().name()
                    + (seq == null ? "" : " " + seq), oldValue,
                    correction.value());
            return new Amendment(id, sessionId, now, author, reason, field, oldValue, correction.value(), Optional.of(correction));
        });
    }

    List<Amendment> of(long sessionId) throws SQLException {
        return Sql.list(c, "SELECT * FROM amendments WHERE session_id = ? ORDER BY id", Amendments::amendment, sessionId);
    }

    private static Amendment amendment(ResultSet r) throws SQLException {
        String key = r.getString("field_key");
        Optional<Correction> correction = key == null ? Optional.empty() : Optional.of(new Correction(CorrectedField.valueOf(key),
                Sessions.optLong(r, "event_seq").map(OptionalLong::of).orElse(OptionalLong.empty()), r.getString("value")));
        return new Amendment(r.getLong("id"), r.getLong("session_id"), Instant.parse(r.getString("made_at")), r.getString("author"),
                r.getString("reason"), r.getString("field"), r.getString("old_value"), r.getString("new_value"), correction);
    }

    /** A finished session with its corrections applied: the figures every screen, sheet and rule uses. */
    Corrected corrected(long sessionId) throws SQLException {
        return corrected(sessions.find(sessionId).orElseThrow(() -> new SQLException("no session " + sessionId)));
    }

    Corrected corrected(SessionRecord record) throws SQLException {
        List<Correction> corrections = of(record.id()).stream().map(Amendment::correction).flatMap(Optional::stream).toList();
        return Corrections.apply(sessions.planOf(record), record.context(), sessions.events(record.id()), corrections);
    }

    /** The sessions whose figures a correction changes (a correction of "other" changes none). */
    Set<Long> correctedSessions() throws SQLException {
        return new HashSet<>(Sql.list(c, "SELECT DISTINCT session_id FROM amendments WHERE field_key IS NOT NULL"
                + " AND field_key <> 'OTHER'", r -> r.getLong(1)));
    }
}
