package org.retrotread.ui.console;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;

/**
 * Plays the console's cues from the app's sound files. A sound must never stop a session: on a
 * machine with no sound device (or a broken one) the first failure switches the player off and
 * the console carries on silently.
 *
 * <p>javax.sound rather than JavaFX's AudioClip: AudioClip reports a missing device by throwing on a
 * thread of its own, where it cannot be caught; javax.sound throws here, where it can.
 */
public final class CuePlayer implements Consumer<Cue>, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CuePlayer.class.getName());

    private final Map<Cue, Clip> clips = new EnumMap<>(Cue.class);
    private volatile boolean silent;

    /** Loads the sounds on a thread of its own (opening an audio line can take a moment); cues before that are skipped. */
    public static CuePlayer loadInBackground() {
        CuePlayer player = new CuePlayer();
        Thread loader = new Thread(player::load, "retrotread-sound");
        loader.setDaemon(true);
        loader.start();
        return player;
    }

    private synchronized void load() {
        try {
            for (Cue cue : Cue.values()) {
                String resource = "/org/retrotread/assets/sounds/" + cue.name().toLowerCase(Locale.ROOT) + ".wav";
                try (InputStream raw = CuePlayer.class.getResourceAsStream(resource)) {
                    if (raw == null) {
                        throw new IllegalStateException("missing sound " + resource);
                    }
                    AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(raw));
                    Clip clip = AudioSystem.getClip();
                    clip.open(audio);
                    clips.put(cue, clip);
                }
            }
        } catch (Exception | LinkageError e) {
            goSilent(e);
        }
    }

    @Override
    public void accept(Cue cue) {
        if (silent) {
            return;
        }
        try {
            Clip clip;
            synchronized (this) {
                clip = clips.get(cue);
            }
            if (clip != null) {
                clip.stop();
                clip.setFramePosition(0);
                clip.start();
            }
        } catch (RuntimeException e) {
            goSilent(e);
        }
    }

    /** True once the player has given up (no device): the console then runs without sound. */
    public boolean silent() {
        return silent;
    }

    private void goSilent(Throwable why) {
        silent = true;
        LOG.log(Level.INFO, "No sound: the console runs silently (" + why + ")");
    }

    @Override
    public synchronized void close() {
        clips.values().forEach(Clip::close);
        clips.clear();
    }
}
