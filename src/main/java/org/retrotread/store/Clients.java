package org.retrotread.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.retrotread.session.HeartRateGuide;
import org.retrotread.session.units.BodyMass;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;

/** Clients in the database. A client with sessions is archived, never deleted. */
public final class Clients {

    private static final String COLUMNS = "id, name, identifier, date_of_birth, body_mass_kg, max_speed_mps, notes, archived,"
            + " referral, affected_side, surgery_date, precautions, goals, max_grade_tenths, heart_rate_ceiling_bpm,"
            + " heart_rate_not_a_guide";

    private final Connection c;
    private final Clock clock;

    Clients(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
    }

    /** Saves a new client; returns it with its id. */
    public Client add(Client client) throws SQLException {
        Client.Clinical k = client.clinical();
        return Sql.inTransaction(c, x -> {
            long id = insert(client, k);
            AuditTrail.record(c, clock, AuditTrail.computerUser(), Optional.of(id), AuditTrail.Action.CLIENT_ADDED, "name", null,
                    client.name());
            return find(id).orElseThrow();
        });
    }

    private long insert(Client client, Client.Clinical k) throws SQLException {
        return Sql.insert(c, "INSERT INTO clients (uuid, name, identifier, date_of_birth, body_mass_kg, max_speed_mps, notes, archived,"
                        + " created_at, referral, affected_side, surgery_date, precautions, goals, max_grade_tenths,"
                        + " heart_rate_ceiling_bpm, heart_rate_not_a_guide) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                RecordIds.fresh(), client.name(), client.identifier(), client.dateOfBirth().map(LocalDate::toString),
                client.bodyMass().map(BodyMass::kilograms), client.maxSpeed().map(Speed::metresPerSecond), client.notes(),
                client.archived(), clock.instant().toString(), k.referral(), k.affectedSide().name(),
                k.surgeryDate().map(LocalDate::toString), k.precautions(), k.goals(), maxGrade(client), ceiling(client),
                client.safety().heartRate().notAGuide());
    }

    /** A client's UUID (schema 6): how a record of theirs names them outside this file. */
    public Optional<String> uuidOf(long clientId) throws SQLException {
        return Sql.one(c, "SELECT uuid FROM clients WHERE id = ?", r -> r.getString(1), clientId);
    }

    /** The client with this UUID, if this file has them. */
    public Optional<Long> idOf(String uuid) throws SQLException {
        return Sql.one(c, "SELECT id FROM clients WHERE uuid = ?", r -> r.getLong(1), uuid);
    }

    /**
     * Saves changes to a client opened as {@code loaded}; each changed field goes into the audit trail with its value
     * before and after. When the stored profile is no longer {@code loaded} (someone else saved it meanwhile, on
     * another workstation), nothing is written: {@link ProfileChanged} says what they changed. On a clinic server the
     * row is locked from the comparison to the write, so two saves at once never both pass it.
     */
    public void update(Client loaded, Client edited) throws SQLException {
        Sql.inTransaction(c, x -> {
            String lock = Dialect.of(c) == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
            Client now = Sql.one(c, "SELECT " + COLUMNS + " FROM clients WHERE id = ?" + lock, Clients::read, edited.id())
                    .orElseThrow(() -> new SQLException("no client " + edited.id()));
            if (!now.equals(loaded)) {
                throw new ProfileChanged(now, changed(loaded, now));
            }
            write(edited, now.archived() != edited.archived());
            audit(now, edited);
            return null;
        });
    }

    /** The fields {@code now} differs from {@code then} in, with their values now (as the trail writes them). */
    private static Map<String, String> changed(Client then, Client now) {
        Map<String, String> was = fields(then);
        Map<String, String> is = fields(now);
        Map<String, String> out = new LinkedHashMap<>();
        is.forEach((field, value) -> {
            if (!Objects.equals(was.get(field), value)) {
                out.put(field, value);
            }
        });
        if (then.archived() != now.archived()) {
            out.put("archived", String.valueOf(now.archived()));
        }
        return out;
    }

    private void audit(Client before, Client after) throws SQLException {
        Optional<Long> id = Optional.of(after.id());
        Map<String, String> was = fields(before);
        Map<String, String> now = fields(after);
        for (var field : now.entrySet()) {
            String old = was.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                AuditTrail.record(c, clock, AuditTrail.computerUser(), id, AuditTrail.Action.CLIENT_CHANGED, field.getKey(), old,
                        field.getValue());
            }
        }
        if (before.archived() != after.archived()) {
            AuditTrail.record(c, clock, AuditTrail.computerUser(), id, after.archived() ? AuditTrail.Action.CLIENT_ARCHIVED
                    : AuditTrail.Action.CLIENT_UNARCHIVED, "", null, null);
        }
    }

    /** A profile's fields as the trail keeps them: canonical text (kilograms, metres per second, ISO dates). */
    private static Map<String, String> fields(Client client) {
        Client.Clinical k = client.clinical();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("name", client.name());
        out.put("identifier", client.identifier().orElse(null));
        out.put("dateOfBirth", client.dateOfBirth().map(LocalDate::toString).orElse(null));
        out.put("bodyMassKg", client.bodyMass().map(m -> String.valueOf(m.kilograms())).orElse(null));
        out.put("maxSpeedMps", client.maxSpeed().map(v -> String.valueOf(v.metresPerSecond())).orElse(null));
        out.put("notes", client.notes());
        out.put("referral", k.referral());
        out.put("affectedSide", k.affectedSide().name());
        out.put("surgeryDate", k.surgeryDate().map(LocalDate::toString).orElse(null));
        out.put("precautions", k.precautions());
        out.put("goals", k.goals());
        out.put("maxGradePercent", client.safety().maxGrade().map(g -> String.valueOf(g.percent())).orElse(null));
        out.put("heartRateCeilingBpm", client.safety().heartRateCeiling().map(h -> String.valueOf(h.beatsPerMinute())).orElse(null));
        out.put("heartRateNotAGuide", String.valueOf(client.safety().heartRate().notAGuide()));
        return out;
    }

    private static Optional<Integer> maxGrade(Client client) {
        return client.safety().maxGrade().map(Grade::tenthsOfPercent);
    }

    private static Optional<Integer> ceiling(Client client) {
        return client.safety().heartRateCeiling().map(HeartRate::beatsPerMinute);
    }

    /**
     * Writes the profile; the archived flag only when it changes, because on a clinic server archiving is the
     * administrators' right alone (a column of its own in the grants) and a clinician's save must not touch it.
     */
    private void write(Client client, boolean archivedChanged) throws SQLException {
        Client.Clinical k = client.clinical();
        Sql.update(c, "UPDATE clients SET name = ?, identifier = ?, date_of_birth = ?, body_mass_kg = ?, max_speed_mps = ?,"
                        + " notes = ?, referral = ?, affected_side = ?, surgery_date = ?, precautions = ?, goals = ?,"
                        + " max_grade_tenths = ?, heart_rate_ceiling_bpm = ?, heart_rate_not_a_guide = ? WHERE id = ?",
                client.name(), client.identifier(), client.dateOfBirth().map(LocalDate::toString),
                client.bodyMass().map(BodyMass::kilograms), client.maxSpeed().map(Speed::metresPerSecond), client.notes(),
                k.referral(), k.affectedSide().name(), k.surgeryDate().map(LocalDate::toString), k.precautions(), k.goals(),
                maxGrade(client), ceiling(client), client.safety().heartRate().notAGuide(), client.id());
        if (archivedChanged) {
            Sql.update(c, "UPDATE clients SET archived = ? WHERE id = ?", client.archived(), client.id());
        }
    }

    public Optional<Client> find(long id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM clients WHERE id = ?", Clients::read, id);
    }

    /** Clients by name; archived ones only when asked for. */
    public List<Client> list(boolean withArchived) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM clients WHERE archived = 0 OR ? = 1 ORDER BY lower(name), id",
                Clients::read, withArchived);
    }

    /**
     * Every client (archived ones only when asked), by name, with their last session and how many
     * sessions they had since {@code weekStart}.
     */
    public List<ClientOverview> overview(boolean withArchived, Instant weekStart) throws SQLException {
        return Sql.list(c, "SELECT c.id, c.name, c.identifier, c.date_of_birth, c.body_mass_kg, c.max_speed_mps, c.notes, c.archived,"
                        + " c.referral, c.affected_side, c.surgery_date, c.precautions, c.goals, c.max_grade_tenths,"
                        + " c.heart_rate_ceiling_bpm, c.heart_rate_not_a_guide,"
                        + " MAX(s.opened_at) AS last_session, COUNT(CASE WHEN s.opened_at >= ? THEN 1 END) AS this_week"
                        + " FROM clients c LEFT JOIN sessions s ON s.client_id = c.id WHERE c.archived = 0 OR ? = 1"
                        + " GROUP BY c.id ORDER BY lower(c.name), c.id",
                r -> new ClientOverview(read(r), Optional.ofNullable(r.getString("last_session")).map(Instant::parse),
                        r.getInt("this_week")), weekStart.toString(), withArchived);
    }

    public void archive(long id) throws SQLException {
        Sql.inTransaction(c, x -> {
            if (Sql.update(c, "UPDATE clients SET archived = 1 WHERE id = ? AND archived = 0", id) == 1) {
                AuditTrail.record(c, clock, AuditTrail.computerUser(), Optional.of(id), AuditTrail.Action.CLIENT_ARCHIVED, "", null, null);
            }
            return null;
        });
    }

    /**
     * Removes a client who has no sessions (a typing mistake, say).
     *
     * @return false, and nothing removed, when the client has sessions: archive them instead
     */
    public boolean deleteIfNoSessions(long id) throws SQLException {
        return Sql.inTransaction(c, x -> {
            boolean hasSessions = Sql.one(c, "SELECT 1 FROM sessions WHERE client_id = ? LIMIT 1", r -> true, id).isPresent();
            Optional<String> name = Sql.one(c, "SELECT name FROM clients WHERE id = ?", r -> r.getString(1), id);
            if (hasSessions || name.isEmpty() || Sql.update(c, "DELETE FROM clients WHERE id = ?", id) != 1) {
                return false;
            }
            AuditTrail.record(c, clock, AuditTrail.computerUser(), Optional.of(id), AuditTrail.Action.CLIENT_DELETED, "name",
                    name.get(), null);
            return true;
        });
    }

    private static Client read(ResultSet r) throws SQLException {
        return new Client(r.getLong("id"), r.getString("name"), Optional.ofNullable(r.getString("identifier")),
                Optional.ofNullable(r.getString("date_of_birth")).map(LocalDate::parse),
                Sql.optDouble(r, "body_mass_kg").map(BodyMass::new), Sql.optDouble(r, "max_speed_mps").map(Speed::new),
                r.getString("notes"), r.getInt("archived") == 1, new Client.Clinical(r.getString("referral"),
                Client.Side.valueOf(r.getString("affected_side")), Optional.ofNullable(r.getString("surgery_date")).map(LocalDate::parse),
                r.getString("precautions"), r.getString("goals")), safety(r));
    }

    private static Client.Safety safety(ResultSet r) throws SQLException {
        Optional<Grade> maxGrade = Sql.optInt(r, "max_grade_tenths").map(Grade::new);
        Optional<HeartRate> ceiling = Sql.optInt(r, "heart_rate_ceiling_bpm").map(HeartRate::new);
        return new Client.Safety(maxGrade, new HeartRateGuide(ceiling, r.getInt("heart_rate_not_a_guide") == 1));
    }
}
