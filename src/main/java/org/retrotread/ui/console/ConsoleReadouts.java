package org.retrotread.ui.console;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.retrotread.i18n.Messages;
import org.retrotread.session.SessionState;
import org.retrotread.session.SessionStatus;
import org.retrotread.session.plan.Segment;

/**
 * The console's figures as text, each a property the view binds to, all redrawn together from one
 * {@link SessionState} at one moment: nothing here is a second copy of the session's truth.
 */
public final class ConsoleReadouts {

    private static final String NONE = "\u2014";

    private final Messages text;
    private final ConsoleWords words;
    private final StringProperty elapsed = new SimpleStringProperty();
    private final StringProperty block = new SimpleStringProperty();
    private final StringProperty blockTimeLeft = new SimpleStringProperty();
    private final StringProperty target = new SimpleStringProperty();
    private final StringProperty actual = new SimpleStringProperty();
    private final StringProperty rails = new SimpleStringProperty();
    private final StringProperty next = new SimpleStringProperty();
    private final StringProperty prompt = new SimpleStringProperty("");
    private final StringProperty checkInDue = new SimpleStringProperty("");
    private final StringProperty grade = new SimpleStringProperty();
    private final StringProperty gradeNote = new SimpleStringProperty("");
    private final StringProperty heartRate = new SimpleStringProperty();
    private final StringProperty heartRateNote = new SimpleStringProperty("");
    private final ObjectProperty<SessionStatus> status = new SimpleObjectProperty<>(SessionStatus.READY);
    private final IntegerProperty eventCount = new SimpleIntegerProperty();

    ConsoleReadouts(Messages text, ConsoleWords words) {
        this.text = text;
        this.words = words;
    }

    void redraw(SessionState s, Duration now) {
        status.set(s.status());
        eventCount.set((int) s.lastSeq());
        elapsed.set(Messages.clock(s.activeTime(now)));
        Optional<Segment> segment = s.currentSegment();
        block.set(segment.map(words::describe).orElse(text.text("ui.console.noBlock")));
        blockTimeLeft.set(segment.map(x -> Messages.clock(s.timeLeftInBlock(now))).orElse(""));
        target.set(segment.map(words::target).orElse(NONE));
        actual.set(s.actualSpeed().map(text::speed).orElse(NONE));
        rails.set(s.status() == SessionStatus.READY ? "" : text.format(s.handsOnRails() ? "ui.console.onRailsFor"
                : "ui.console.handsFreeFor", Messages.clock(s.handsFreeTime(now))));
        checkInDue.set(s.checkInDue() ? text.text("ui.console.checkInDue") : ""); // a block ended: how did it feel?
        next.set(s.nextSegment().map(n -> text.format("ui.console.next", words.describe(n), words.targetAndGrade(n, s),
                Messages.clock(s.timeLeftInSegment(now)))).orElse(""));
        prompt.set(words.prompt(s, now));
        grade.set(text.grade(s.actualGrade()));
        gradeNote.set(words.gradeNote(s));
        heartRate.set(words.heartRateFigure(s));
        heartRateNote.set(words.heartRateNote(s, now));
    }

    public ReadOnlyStringProperty elapsedProperty() { return elapsed; }
    public ReadOnlyStringProperty blockProperty() { return block; }
    public ReadOnlyStringProperty blockTimeLeftProperty() { return blockTimeLeft; }
    public ReadOnlyStringProperty targetProperty() { return target; }
    public ReadOnlyStringProperty actualProperty() { return actual; }
    public ReadOnlyStringProperty railsProperty() { return rails; }
    public ReadOnlyStringProperty nextProperty() { return next; }
    public ReadOnlyStringProperty promptProperty() { return prompt; }
    public ReadOnlyStringProperty checkInDueProperty() { return checkInDue; }
    /** The deck's grade now. */
    public ReadOnlyStringProperty gradeProperty() { return grade; }
    /** What the grade means for a backward walker, and the segment's target grade. */
    public ReadOnlyStringProperty gradeNoteProperty() { return gradeNote; }
    /** The last heart rate (or, where heart rate is not a guide, the last effort). */
    public ReadOnlyStringProperty heartRateProperty() { return heartRate; }
    public ReadOnlyStringProperty heartRateNoteProperty() { return heartRateNote; }
    public ReadOnlyObjectProperty<SessionStatus> statusProperty() { return status; }
    /** Grows with every recorded event: what a screen redraws on (the summary after a closing check-in, say). */
    public ReadOnlyIntegerProperty eventCountProperty() { return eventCount; }
}
