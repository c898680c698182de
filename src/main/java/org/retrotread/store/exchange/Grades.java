package org.retrotread.store.exchange;

import java.util.List;
import java.util.function.Function;
import org.retrotread.session.text.Message;
import org.retrotread.session.units.Grade;
import org.retrotread.store.PlanFileProblem;

/** A grade in another tool's file: a percentage, kept to the tenth a treadmill shows (and said when rounded). */
final class Grades {

    /** Far beyond any treadmill (the blocks' own checks give the exact limits): a number this size is a mistake. */
    private static final double LARGEST_PERCENT = 100;

    private Grades() {
    }

    static Grade read(XmlSource xml, String attribute, String raw, List<Message> notes) throws PlanFileProblem {
        return percent(attribute, raw, xml.number(attribute, raw), notes, xml::refusal);
    }

    /**
     * {@code percent} as read from {@code raw}; a note in {@code notes} when it had to be rounded, and a refusal made by
     * {@code refuse} (placed where the caller is) when no treadmill has such a grade.
     */
    static Grade percent(String attribute, String raw, double percent, List<Message> notes,
                         Function<Message, PlanFileProblem> refuse) throws PlanFileProblem {
        if (Math.abs(percent) > LARGEST_PERCENT) {
            throw refuse.apply(Message.of("planFile.xml.notGrade", attribute, XmlSource.quoted(raw)));
        }
        Grade grade = Grade.ofPercent(percent);
        if (Math.abs(grade.percent() - percent) > 1e-9) {
            notes.add(Message.of("planFile.xml.gradeRounded", raw, grade));
        }
        return grade;
    }
}
