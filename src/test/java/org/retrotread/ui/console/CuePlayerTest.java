package org.retrotread.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** No sound device (CI has none; here one is also named that does not exist): the console plays on, silently. */
class CuePlayerTest {

    @Test
    void aMissingSoundDeviceChangesNothing() throws Exception {
        List<Throwable> escaped = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> escaped.add(e));
        String clipProvider = System.getProperty("javax.sound.sampled.Clip");
        System.setProperty("javax.sound.sampled.Clip", "#No such sound device");
        try (CuePlayer player = CuePlayer.loadInBackground()) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, player::silent);
            for (Cue cue : Cue.values()) {
                player.accept(cue);
            }
            assertThat(player.silent()).isTrue();
        } finally {
            if (clipProvider == null) {
                System.clearProperty("javax.sound.sampled.Clip");
            } else {
                System.setProperty("javax.sound.sampled.Clip", clipProvider);
            }
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertThat(escaped).isEmpty();
    }

    @Test
    void everyCueHasItsSoundInTheApp() {
        for (Cue cue : Cue.values()) {
            String resource = "/org/retrotread/assets/sounds/" + cue.name().toLowerCase(Locale.ROOT) + ".wav";
            assertThat(CuePlayer.class.getResource(resource)).as(resource).isNotNull();
        }
    }
}
