package org.retrotread.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This Retrotread's version, as the build wrote it ("0.1.0"): named in the files it exports for other programs. */
final class AppVersion {

    private AppVersion() {
    }

    /** The version without a build suffix ("0.1.0" for "0.1.0-SNAPSHOT"); "0" when it cannot be read. */
    static String number() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "0";
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "0");
            return version.startsWith("$") ? "0" : version.replaceFirst("-.*$", "");
        } catch (IOException unreadable) {
            return "0";
        }
    }
}
