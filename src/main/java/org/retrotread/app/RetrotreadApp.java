package org.retrotread.app;

import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.retrotread.i18n.Messages;
import org.retrotread.session.SessionClock;
import org.retrotread.session.SessionContext;
import org.retrotread.session.units.SpeedUnit;

/** The JavaFX application: reads the few start-up settings and hands over to {@link Screens}. */
public final class RetrotreadApp extends Application {

    @Override
    public void start(Stage stage) {
        Messages text = new Messages(Locale.getDefault(), DisplayUnits.forLocale(Locale.getDefault()));
        Screens screens = new Screens(text, SessionClock::system, Clock.systemUTC(), SessionContext.anonymous());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(screens.root(), Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        Screens.style(scene);
        stage.setTitle(text.text("app.title"));
        stage.getIcons().add(new javafx.scene.image.Image(
                RetrotreadApp.class.getResource("/org/retrotread/assets/icon-256.png").toExternalForm()));
        stage.setScene(scene);
        screens.showStart();
        stage.show();
    }

    /** Default display unit until the settings screen exists: mph where treadmills show mph. */
    static final class DisplayUnits {
        private DisplayUnits() {
        }

        static SpeedUnit forLocale(Locale locale) {
            String country = locale.getCountry();
            return country.equals("US") || country.equals("GB") || country.equals("LR") || country.equals("MM")
                    ? SpeedUnit.MILES_PER_HOUR : SpeedUnit.KILOMETRES_PER_HOUR;
        }
    }
}
