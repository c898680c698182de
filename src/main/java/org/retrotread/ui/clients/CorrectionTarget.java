package org.retrotread.ui.clients;

import java.util.OptionalLong;
import org.retrotread.session.correction.CorrectedField;

/** One thing in a past session that can be corrected, named as the person sees it ("Check-in at 5:00, pain"). */
public record CorrectionTarget(CorrectedField field, OptionalLong seq, String label) {

    @Override
    public String toString() {
        return label; // what the choice box shows
    }
}
