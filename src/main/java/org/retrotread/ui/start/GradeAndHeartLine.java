package org.retrotread.ui.start;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrotread.i18n.Messages;
import org.retrotread.session.GradeLimits;
import org.retrotread.session.plan.Plan;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.GradeRange;
import org.retrotread.store.Client;

/**
 * The start screen's words on grade and heart rate, under the speed limits: what grades the plan asks for, the
 * client's and the treadmill's, where the prompts stop; and the client's heart-rate ceiling (or that heart rate is
 * not a guide). Nothing is said for a level plan and a client with no such limits.
 */
final class GradeAndHeartLine {

    private GradeAndHeartLine() {
    }

    static String of(Messages text, Plan plan, Optional<Client> client, GradeRange treadmill) {
        List<String> lines = new ArrayList<>();
        Client.Safety safety = client.map(Client::safety).orElse(Client.Safety.NONE);
        boolean graded = !plan.steepestGrade().isLevel() || plan.deepestGrade().isDecline();
        if (graded || safety.maxGrade().isPresent()) {
            GradeLimits limits = new GradeLimits(treadmill, safety.maxGrade());
            lines.add(text.format("ui.start.gradeLimits", text.grade(plan.steepestGrade()),
                    safety.maxGrade().map(text::grade).orElse(text.text("ui.start.noLimit")), text.grade(treadmill.lowest()),
                    text.grade(treadmill.highest())));
            Grade steepest = plan.steepestGrade();
            if (steepest.exceeds(limits.ceiling())) {
                lines.add(text.format("ui.start.gradeCapped", text.grade(steepest), text.grade(limits.ceiling())));
            }
            if (treadmill.lowest().exceeds(plan.deepestGrade())) {
                lines.add(text.format("ui.start.declineCapped", text.grade(plan.deepestGrade()), text.grade(treadmill.lowest())));
            }
        }
        if (safety.heartRate().notAGuide()) {
            lines.add(text.text("ui.start.heartRateNotAGuide"));
        } else {
            safety.heartRateCeiling().ifPresent(c -> lines.add(text.format("ui.start.heartRateCeiling", text.heartRate(c))));
        }
        return String.join("\n", lines);
    }
}
