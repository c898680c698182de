package org.retrotread.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.retrotread.session.text.Message;
import org.sqlite.SQLiteErrorCode;

/**
 * What the screen says while writes fail: how many changes are held only in memory and since when, why
 * (in words about the disk and the file, not the driver's: "the disk is full", never "cannot commit - no
 * transaction is active"), and what to do about it.
 */
final class Unsaved {

    private Unsaved() {
    }

    static Message sentence(int count, Instant since, Path file, Message reason) {
        boolean full = reason.key().equals("store.reason.diskFull");
        return Message.of("store.unsaved", count, since, file.toString(), reason,
                Message.of(full ? "store.advice.freeSpace" : "store.advice.export"));
    }

    /** The reason for a failed write, from the first cause that says something a person can act on. */
    static Message reason(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            Message m = known(e);
            if (m != null) {
                return m;
            }
            for (Throwable suppressed : e.getSuppressed()) {
                Message s = known(suppressed);
                if (s != null) {
                    return s;
                }
            }
        }
        if (failure instanceof Error) {
            return Message.of("store.reason.writerFailed", failure.getClass().getSimpleName());
        }
        return Message.of("store.reason.other", String.valueOf(failure.getMessage()));
    }

    private static Message known(Throwable e) {
        if (e instanceof FilesChanged changed) {
            return Message.of("store.reason." + switch (changed.what()) {
                case MOVED -> "fileGone";
                case REPLACED -> "fileReplaced";
                case LOG_LOST, LOG_RENEWED -> "logLost";
                case INDEX_LOST -> "indexLost";
            });
        }
        if (e instanceof StoreProblem problem && problem.kind() == StoreProblem.Kind.DAMAGED) {
            return Message.of("store.reason.damaged");
        }
        if (e instanceof RecordConflict conflict) {
            return Message.of("store.reason.conflict", conflict.getMessage());
        }
        if (e instanceof SQLException sql) {
            int code = sql.getErrorCode() & 0xff;
            if (code == SQLiteErrorCode.SQLITE_FULL.code) {
                return Message.of("store.reason.diskFull");
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
                return Message.of("store.reason.readOnly");
            }
        }
        if (String.valueOf(e.getMessage()).contains("No space left on device")) {
            return Message.of("store.reason.diskFull");
        }
        return null;
    }
}
