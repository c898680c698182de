package org.retrotread.ui.plans;

import org.retrotread.i18n.Messages;
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
            case RAMP -> text.format("ui.plans.summary.RAMP", target(text, model, d.value("from")), target(text, model, d.value("to")),
                    target(text, model, d.value("step")), d.value("stepDuration"));
            case STEADY, COOLDOWN -> text.format("ui.plans.summary.STEADY", d.value("duration"), target(text, model, d.value("target")));
            case INTERVALS -> text.format("ui.plans.summary.INTERVALS", d.value("repeats"), d.value("workDuration"),
                    target(text, model, d.value("workTarget")), d.value("recoveryDuration"),
                    text.text("Movement." + Movement.valueOf(d.value("recovery")).name()));
        };
        return (index + 1) + ". " + kind + ": " + what + (hasProblem ? "  \u26a0 " + text.text("ui.plans.needsAttention") : "");
    }

    private static String target(Messages text, PlanEditorViewModel model, String typed) {
        return model.modeProperty().get() == TreadmillMode.POWERED ? typed + " " + text.unit().symbol()
                : text.format("ui.plans.rpeValue", typed);
    }
}
