package org.retrotread.store;

import java.sql.SQLException;
import org.retrotread.session.text.Message;

/** A correction that cannot be added to a session as it stands, and why (see {@code CorrectionCheck}). */
public final class CorrectionRefused extends SQLException {

    private final transient Message reason;

    public CorrectionRefused(Message reason) {
        super(reason.key());
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
