package org.retrotread.ui.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.session.plan.Block;
import org.retrotread.session.plan.FieldProblem;
import org.retrotread.session.plan.RampBlock;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;

/**
 * A block's grades against this treadmill's range (a setting) and the owning client's steepest grade: what no
 * session here could run is refused at its field in the editor, not discovered at the start of a session.
 */
final class GradeChecks {

    private final GradeRange treadmill;

    GradeChecks(GradeRange treadmill) {
        this.treadmill = treadmill;
    }

    List<FieldProblem> of(Block block, Optional<Grade> clientMax) {
        List<String> fields = block instanceof RampBlock ? List.of("gradeFrom", "gradeTo") : List.of("grade");
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Grade grade = block.grades().get(i);
            String field = fields.get(i);
            if (grade.exceeds(treadmill.highest())) {
                problems.add(FieldText.problem(field, "grade.error.aboveTreadmill", treadmill.highest()));
            } else if (treadmill.lowest().exceeds(grade)) {
                problems.add(treadmill.declines() ? FieldText.problem(field, "grade.error.belowTreadmill", treadmill.lowest())
                        : FieldText.problem(field, "grade.error.noDecline"));
            } else if (clientMax.isPresent() && grade.exceeds(clientMax.get())) {
                problems.add(FieldText.problem(field, "grade.error.aboveClient", clientMax.get()));
            }
        }
        return problems;
    }
}
