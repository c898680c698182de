package org.retrotread.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synchronous worker tests use: the answer, or the failure, before {@code run} returns. */
class WorkerTest {

    @Test
    void inlineWorkAnswersBeforeRunReturnsAndAnErrorIsAFailureLikeAnyOther() {
        Worker worker = Worker.inline();
        List<Object> heard = new ArrayList<>();
        worker.run(() -> 6 * 7, heard::add, heard::add);
        assertThat(heard).containsExactly(42);
        worker.run(() -> {
            throw new IllegalStateException("disk full");
        }, heard::add, heard::add);
        assertThat(heard.get(1)).isInstanceOf(IllegalStateException.class).hasFieldOrPropertyWithValue("message", "disk full");
        worker.run(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, heard::add, heard::add);
        assertThat(heard.get(2)).isInstanceOf(Background.Failed.class);
        assertThat(heard).hasSize(3); // a failing piece of work never also reports a result
    }
}
