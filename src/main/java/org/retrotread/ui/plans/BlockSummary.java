package org.retrotread.ui.plans;

import org.retrotread.i18n.Messages;
import org.retrotread.session.plan.BlockKind;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.plan.TreadmillMode;

/** A block in one line for the list ("2. Ramp: 1.5 to 2.5 km/h, steps of 0.5 km/h every 1:00"), from its fields as typed. */
final class BlockSummary {

    private BlockSummary() {
    }

    static String line(Messages text, PlanEditorViewModel model, int index, BlockDraft d) {
        boolean hasProblem = model.problems().keySet().stream().anyMatch(k -> k.startsWith(index + ":"));
        String kind = text.text("BlockKind." + d.kind().name());
        String what = switch (d.kind()) {
            case HANDRAIL -> text.format("ui.plans.summary.HANDRAIL", d.value("minimumTime"), target(text, model, d.value("target")));
            case RAMP -> gradeOnly(text, d)
                    ? text.format("ui.plans.summary.gradeOnlyRamp", target(text, model, d.value("from")), d.value("gradeFrom"),
                            d.value("gradeTo"), d.value("gradeStep"), d.value("stepDuration"))
                    : text.format("ui.plans.summary.RAMP", target(text, model, d.value("from")), target(text, model, d.value("to")),
                            target(text, model, d.value("step")), d.value("stepDuration"));
            case STEADY, COOLDOWN -> text.format("ui.plans.summary.STEADY", d.value("duration"), target(text, model, d.value("target")));
            case INTERVALS -> text.format("ui.plans.summary.INTERVALS", d.value("repeats"), d.value("workDuration"),
                    target(text, model, d.value("workTarget")), d.value("recoveryDuration"),
                    text.text("Movement." + Movement.valueOf(d.value("recovery")).name()));
        };
        String grade = gradeOnly(text, d) ? "" : grade(text, d); // a ramp of grade alone says its grade already
        return (index + 1) + ". " + kind + ": " + what + grade + (hasProblem ? "  \u26a0 " + text.text("ui.plans.needsAttention") : "");
    }

    /** A ramp whose speed (or effort) stays and whose grade climbs: said as a ramp of grade. */
    private static boolean gradeOnly(Messages text, BlockDraft d) {
        return d.kind() == BlockKind.RAMP && d.value("from").strip().equals(d.value("to").strip()) && !grade(text, d).isEmpty();
    }

    /** ", incline 5 %" or ", incline 0 to 10 %" when the block names a grade; nothing for a level block. */
    private static String grade(Messages text, BlockDraft d) {
        if (d.kind() == BlockKind.RAMP) {
            String from = d.value("gradeFrom").strip();
            String to = d.value("gradeTo").strip();
            boolean level = (from.isEmpty() || from.equals("0")) && (to.isEmpty() || to.equals("0"));
            return level ? "" : text.format("ui.plans.summary.gradeRamp", from.isEmpty() ? "0" : from, to.isEmpty() ? "0" : to);
        }
        String g = d.value("grade").strip();
        return g.isEmpty() || g.equals("0") ? "" : text.format("ui.plans.summary.grade", g);
    }

    private static String target(Messages text, PlanEditorViewModel model, String typed) {
        return model.modeProperty().get() == TreadmillMode.POWERED ? typed + " " + text.unit().symbol()
                : text.format("ui.plans.rpeValue", typed);
    }
}
