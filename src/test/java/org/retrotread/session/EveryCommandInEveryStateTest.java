package org.retrotread.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retrotread.session.event.HeartRateAnswered;
import org.retrotread.session.event.HeartRateRecorded;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.HeartRate;
import org.retrotread.session.units.Speed;

/**
 * Sends each operator command in each status. A command the move table does not list is refused
 * and changes nothing; a listed one ends in a status the table allows (or is refused by a guard,
 * also changing nothing).
 */
class EveryCommandInEveryStateTest {

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (SessionStatus status : SessionStatus.values()) {
            for (Command command : sampleCommands()) {
                pairs.add(Arguments.of(status, command));
            }
        }
        return pairs.stream();
    }

    static List<Command> sampleCommands() {
        return List.of(new Command.Start(), new Command.EnterSpeed(Speed.ofKmh(1.2)), new Command.ConfirmPromptedSpeed(),
                new Command.HandsOff(), new Command.HandsBackOnRails(), new Command.NextBlock("reason"),
                new Command.Pause(), new Command.Resume(), new Command.EmergencyStop(), new Command.End("reason"),
                Command.CheckIn.of(3, 1), new Command.AddNote("note"), new Command.CloseInterrupted("app stopped"),
                new Command.EnterGrade(Grade.ofPercent(2)), new Command.ConfirmPromptedGrade(),
                new Command.EnterHeartRate(new HeartRate(120), HeartRateRecorded.Source.KEYED),
                new Command.AnswerHeartRate(HeartRateAnswered.Response.CARRIED_ON, "monitor slipped"));
    }

    @ParameterizedTest(name = "{1} when {0}")
    @MethodSource("everyPair")
    void commandIsCarriedOutOnlyWhereTheTableAllowsIt(SessionStatus status, Command command) {
        FakeClock clock = new FakeClock();
        SessionEngine engine = Fixtures.engine(Fixtures.powered(), clock);
        reach(status).accept(engine);
        clock.advance(Duration.ofSeconds(90)); // past the handrail minimum, so hands off is possible
        engine.advance();
        assertThat(engine.state().status()).isEqualTo(status);
        int eventsBefore = engine.events().size();

        CommandResult result = engine.handle(command);

        if (!MoveTable.allows(status, command.kind())) {
            assertThat(result).isInstanceOf(CommandResult.Refused.class);
            assertThat(((CommandResult.Refused) result).reason().key()).isEqualTo("refusal.notNow");
            assertThat(engine.events()).hasSize(eventsBefore);
            assertThat(engine.state().status()).isEqualTo(status);
        } else if (result.accepted()) {
            assertThat(MoveTable.allows(status, command.kind(), engine.state().status())).isTrue();
            assertThat(engine.events().size()).isGreaterThan(eventsBefore);
        } else {
            assertThat(engine.events()).hasSize(eventsBefore);
        }
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void aCommandTheTableAllowsIsAcceptedInEveryStatus(SessionStatus status) {
        // Each listed command has a happy path: this keeps the table from listing moves that can never happen.
        for (Command command : sampleCommands()) {
            if (!MoveTable.allows(status, command.kind())) {
                continue;
            }
            FakeClock clock = new FakeClock();
            boolean grade = command instanceof Command.EnterGrade || command instanceof Command.ConfirmPromptedGrade;
            SessionEngine engine = new SessionEngine(grade ? Fixtures.uphill() : Fixtures.powered(), Fixtures.watched(150),
                    clock, Fixtures.WALL);
            if (grade) { // off the level rails first (a grade may be set there, and is prompted), then to the status
                engine.handle(new Command.Start());
                clock.advance(Duration.ofSeconds(90));
                engine.handle(new Command.HandsOff());
                fromRunning(status).accept(engine);
            } else {
                reach(status).accept(engine);
                clock.advance(Duration.ofSeconds(90));
                engine.advance();
            }
            if (command instanceof Command.HandsBackOnRails) {
                engine.handle(new Command.HandsOff());
            }
            if (command instanceof Command.AnswerHeartRate) {
                engine.handle(new Command.EnterHeartRate(new HeartRate(170), HeartRateRecorded.Source.KEYED));
            }
            assertThat(engine.handle(command).accepted()).as("%s when %s", command, status).isTrue();
        }
    }

    static Stream<SessionStatus> statuses() {
        return Stream.of(SessionStatus.values());
    }

    static Consumer<SessionEngine> fromRunning(SessionStatus status) {
        return switch (status) {
            case READY, RUNNING -> e -> { };
            case PAUSED -> e -> e.handle(new Command.Pause());
            case EMERGENCY_STOPPED -> e -> e.handle(new Command.EmergencyStop());
            case FINISHED -> e -> e.handle(new Command.End("test"));
        };
    }

    static Consumer<SessionEngine> reach(SessionStatus status) {
        return switch (status) {
            case READY -> e -> { };
            case RUNNING -> e -> e.handle(new Command.Start());
            case PAUSED -> e -> { e.handle(new Command.Start()); e.handle(new Command.Pause()); };
            case EMERGENCY_STOPPED -> e -> { e.handle(new Command.Start()); e.handle(new Command.EmergencyStop()); };
            case FINISHED -> e -> { e.handle(new Command.Start()); e.handle(new Command.End("test")); };
        };
    }
}
