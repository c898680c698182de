package org.retrotread.ui.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.CommandResult;
import org.retrotread.session.GradeLimits;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.FieldProblem;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;

/**
 * A block's grades against this treadmill's range (a setting) and the owning client's steepest grade: what no
 * session here could run is refused at its field in the editor, not discovered at the start of a session. The rule
 * is the console's ({@link GradeLimits#check}), so the editor and a typed grade refuse the same grades in the same words.
 */
final class GradeChecks {

    private final GradeRange treadmill;

    GradeChecks(GradeRange treadmill) {
        this.treadmill = treadmill;
    }

    List<FieldProblem> of(Block block, Optional<Grade> clientMax) {
        GradeLimits limits = new GradeLimits(treadmill, clientMax);
        List<String> fields = block instanceof RampBlock ? List.of("gradeFrom", "gradeTo") : List.of("grade");
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Grade grade = block.grades().get(i);
            String field = fields.get(i);
            // Not on the rails and already confirmed: only the treadmill's range and the client's maximum are asked.
            limits.check(grade, grade, false, true).filter(CommandResult.Refused.class::isInstance)
                    .ifPresent(r -> problems.add(new FieldProblem(FieldProblem.PLAN_LEVEL, field, ((CommandResult.Refused) r).reason())));
        }
        return problems;
    }
}
