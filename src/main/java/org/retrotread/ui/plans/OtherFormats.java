package org.retrotread.ui.plans;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.HandrailBlock;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.plan.TreadmillMode;
import org.retrotread.session.units.GradeRange;
import org.retrotread.session.units.Speed;
import org.retrotread.store.exchange.ImportedPlan;
import org.retrotread.store.exchange.QzWords;

/**
 * The plan library's files in other tools' formats. A QZ programme or a Zwift run comes in to the editor as a
 * new, unsaved plan, with what could not be carried over said in the notice (the person reads it, fixes what
 * the editor marks, and saves); a plan goes out as a QZ programme for a home treadmill.
 */
public final class OtherFormats {

    /** Asked before a Zwift run of pace shares can be read: the question, and what to do with the answer. */
    public record PaceQuestion(String question, Function<String, Optional<String>> problem,
                               Consumer<String> answer) {
    }

    private final Messages text;
    private final PlansService service;
    private final Speed treadmillMax;
    private final GradeRange gradeRange;
    private final Consumer<PlanEditorViewModel> openUnsaved;
    private final Consumer<String> notice;

    OtherFormats(Messages text, PlansService service, Speed treadmillMax, GradeRange gradeRange,
                 Consumer<PlanEditorViewModel> openUnsaved, Consumer<String> notice) {
        this.text = text;
        this.service = service;
        this.treadmillMax = treadmillMax;
        this.gradeRange = gradeRange;
        this.openUnsaved = openUnsaved;
        this.notice = notice;
    }

    void importFrom(Path file, PlanFormat format, Optional<Speed> pace, Consumer<PaceQuestion> askPace) {
        service.readOtherFile(file, format, pace, imported -> {
            openUnsaved.accept(PlanEditorViewModel.imported(text, imported, treadmillMax, gradeRange));
            notice.accept(importedNotice(file, imported));
        }, paceNumber -> askPace.accept(new PaceQuestion(
                text.format("ui.plans.pace.question", text.text("ui.plans.pace." + Math.max(-1, Math.min(4, paceNumber)))),
                typed -> Optional.ofNullable(ReferencePace.read(typed, text.unit()).problem()).map(text::format),
                typed -> ReferencePace.read(typed, text.unit()).speed()
                        .ifPresent(speed -> importFrom(file, format, Optional.of(speed), askPace)))), notice);
    }

    private String importedNotice(Path file, ImportedPlan imported) {
        StringBuilder s = new StringBuilder(text.format("ui.plans.importedOther", file.getFileName(), imported.blocks().size()));
        if (!imported.notes().isEmpty()) {
            s.append('\n').append(text.format("ui.plans.notCarried", imported.notes().size()));
            imported.notes().forEach(n -> s.append("\n\u2022 ").append(text.format(n)));
        }
        return s.toString();
    }

    /** What a QZ programme of {@code plan} says to the person at home, in the screen's language. */
    public static QzWords words(Messages text, Plan plan) {
        String rails = plan.blocks().get(0) instanceof HandrailBlock ? text.text("ui.plans.qz.railsFirst")
                : text.text("ui.plans.qz.noRailsBlock");
        return new QzWords(text.format("ui.plans.qz.comment", plan.name(), rails), text.text("ui.plans.qz.onRails"),
                text.text("ui.plans.qz.stand"), text.text("ui.plans.qz.forward"));
    }

    void exportQz(Path file, Optional<Plan> shown) {
        if (shown.isEmpty()) {
            notice.accept(text.text("ui.plans.copyNeedsValid"));
            return;
        }
        Plan plan = shown.get();
        if (plan.mode() != TreadmillMode.POWERED) {
            notice.accept(text.text("ui.plans.qz.deadMill"));
            return;
        }
        QzWords words = words(text, plan);
        service.exportQz(file, plan, words, () -> notice.accept(text.format("ui.plans.exportedQz", file)), notice);
    }
}
