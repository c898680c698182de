package org.retrotread.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Whatever background work throws, the screen hears about it, on its own thread; the worker goes on. */
@ExtendWith(ApplicationExtension.class)
class BackgroundTest {

    @Start
    void start(Stage stage) {
    }

    @Test
    void anErrorReachesTheFailureHandlerOnTheScreensThreadAndTheWorkerGoesOn() throws Exception {
        try (Background background = new Background()) {
            CompletableFuture<Exception> failure = new CompletableFuture<>();
            background.<String>run(() -> {
                throw new OutOfMemoryError("Java heap space");
            }, done -> failure.completeExceptionally(new AssertionError("no result expected")), e -> {
                assertThat(Platform.isFxApplicationThread()).isTrue();
                failure.complete(e);
            });
            Exception heard = failure.get(5, TimeUnit.SECONDS);
            assertThat(heard).isInstanceOf(Background.Failed.class).hasMessage("OutOfMemoryError: Java heap space")
                    .hasCauseInstanceOf(OutOfMemoryError.class);

            CompletableFuture<String> next = new CompletableFuture<>();
            background.run(() -> "still working", next::complete, next::completeExceptionally);
            assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo("still working");
        }
    }
}
