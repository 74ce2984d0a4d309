package dev.accord.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of Accord that is running, as the build wrote it. */
public final class AccordVersion {

    private static final String VERSION = load();

    private AccordVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = AccordVersion.class.getResourceAsStream("accord.properties")) {
            if (in == null) {
                throw new IllegalStateException("accord.properties is missing from the accord-model jar");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
